package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A moderator dismissed a case as a false alarm.
 *
 * @param id the event id
 * @param occurredAt when
 * @param moderationCase the case
 * @param moderator the moderator's account
 */
public record CaseDismissed(String id, Instant occurredAt, CaseFacts moderationCase, String moderator)
        implements DomainEvent {
    public CaseDismissed {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(moderationCase, "moderationCase");
        requireNonNull(moderator, "moderator");
    }

    /** The event of this case's dismissal. */
    public static CaseDismissed of(CaseFacts moderationCase, Instant at, String moderator) {
        return new CaseDismissed(
                DomainEvent.caseEventId(moderationCase, EventType.CASE_DISMISSED), at, moderationCase, moderator);
    }

    @Override
    public EventType type() {
        return EventType.CASE_DISMISSED;
    }

    @Override
    public Platform platform() {
        return moderationCase.platform();
    }
}
