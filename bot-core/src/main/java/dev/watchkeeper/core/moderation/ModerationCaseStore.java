package dev.watchkeeper.core.moderation;

import java.util.List;
import java.util.Optional;

/**
 * Port: where moderation cases live. Implementations are thread-safe; a networked one may block
 * for a round trip.
 */
public interface ModerationCaseStore {
    /** A new, never used case id. */
    CaseId nextId();

    /** Stores a new case. */
    void add(ModerationCase moderationCase);

    /** The case with this id, if any. */
    Optional<ModerationCase> find(CaseId id);

    /**
     * Replaces an open case with its resolution, atomically: when two moderators act at once, only
     * the first succeeds. Returns the stored case, or empty when the case was no longer open.
     */
    Optional<ModerationCase> resolve(ModerationCase open, ModerationCase resolved);

    /** The open cases, oldest first. */
    List<ModerationCase> open();
}
