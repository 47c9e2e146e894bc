package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A moderator confirmed a case and acted on it.
 *
 * @param id the event id
 * @param occurredAt when
 * @param moderationCase the case
 * @param moderator the moderator's account ({@code telegram:7})
 * @param action what they did: {@code delete}, {@code ban}, {@code mute} or {@code warn}
 */
public record CaseConfirmed(String id, Instant occurredAt, CaseFacts moderationCase, String moderator, String action)
        implements DomainEvent {
    public CaseConfirmed {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(moderationCase, "moderationCase");
        requireNonNull(moderator, "moderator");
        requireNonNull(action, "action");
    }

    /** The event of this case's confirmation. */
    public static CaseConfirmed of(CaseFacts moderationCase, Instant at, String moderator, String action) {
        return new CaseConfirmed(
                DomainEvent.caseEventId(moderationCase, EventType.CASE_CONFIRMED),
                at,
                moderationCase,
                moderator,
                action);
    }

    @Override
    public EventType type() {
        return EventType.CASE_CONFIRMED;
    }

    @Override
    public Platform platform() {
        return moderationCase.platform();
    }
}
