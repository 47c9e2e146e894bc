package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A moderation case was opened: the shield flagged a message or a newcomer, or a member reported
 * one.
 *
 * @param id the event id
 * @param occurredAt when
 * @param moderationCase the case as opened
 */
public record CaseOpened(String id, Instant occurredAt, CaseFacts moderationCase) implements DomainEvent {
    public CaseOpened {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(moderationCase, "moderationCase");
    }

    /** The event of this case's opening. */
    public static CaseOpened of(CaseFacts moderationCase, Instant at) {
        return new CaseOpened(DomainEvent.caseEventId(moderationCase, EventType.CASE_OPENED), at, moderationCase);
    }

    @Override
    public EventType type() {
        return EventType.CASE_OPENED;
    }

    @Override
    public Platform platform() {
        return moderationCase.platform();
    }
}
