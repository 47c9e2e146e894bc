package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Port: where moderation cases live. Implementations are thread-safe; a networked one may block
 * for a round trip, and throws {@link dev.watchkeeper.core.store.StoreUnavailableException} when
 * its store is away and the call cannot be done without it.
 */
public interface ModerationCaseStore {
    /**
     * A new, never used case id. A networked store gives ids while it is away as long as it
     * reserved some before.
     */
    CaseId nextId();

    /**
     * Stores a new case. A networked store may keep it while the store is away and store it when
     * the store is back; a case just added may then not be found until it is.
     */
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

    /**
     * The open case about this platform message, if one is open (the shield flagged or removed
     * it, or a member reported it already). Blocks as long as {@link #open()} does.
     */
    default Optional<ModerationCase> openCaseAbout(MessageRef message) {
        return open().stream().filter(c -> message.equals(c.message())).findFirst();
    }

    /** The number of open cases. Blocks as long as {@link #open()} does. */
    default int openCount() {
        return open().size();
    }

    /**
     * A page of the open cases in the order they are worked ({@link CaseUrgency}): those at
     * {@code offset} to {@code offset + limit - 1}. A store should read only the page (the default
     * reads every open case).
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} not positive
     */
    default List<ModerationCase> openByUrgency(int offset, int limit) {
        checkPage(offset, limit);
        return open().stream()
                .sorted(Comparator.comparing(ModerationCase::urgencyKey))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    /**
     * The cases whose author is this member (the same platform and account id), open and resolved,
     * newest first, at most {@code limit}. Cases whose author is unknown are nobody's.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<ModerationCase> authoredBy(UserRef member, int limit);

    /** Refuses a page that starts before the first item or holds nothing. */
    static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException(
                    "a page starts at 0 or later and holds at least one case: offset " + offset + ", limit " + limit);
        }
    }
}
