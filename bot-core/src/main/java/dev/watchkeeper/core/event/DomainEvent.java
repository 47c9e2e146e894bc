package dev.watchkeeper.core.event;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A change in a ticket or a moderation case, as told to the outside. Its {@link #id()} is derived
 * from the change itself (the subject, the kind and, for tickets, the stored version), so the same
 * change always has the same id and a receiver can drop repeats by it. Values only: no secret,
 * no raw member text (texts are redacted before they are stored).
 */
public sealed interface DomainEvent
        permits TicketOpened,
                TicketClaimed,
                TicketReplied,
                TicketClosed,
                TicketRated,
                CaseOpened,
                CaseConfirmed,
                CaseDismissed {
    /** The event's id, unique per change and the same on every delivery of it. */
    String id();

    /** What happened. */
    EventType type();

    /** When the change happened, by the bot's clock. */
    Instant occurredAt();

    /** The platform of the member (tickets) or of the chat (cases) the event is about. */
    Platform platform();

    /** The id of a ticket event: the ticket, the kind and the version the change was stored at. */
    static String ticketEventId(TicketFacts ticket, EventType type, long version) {
        return ticket.id().value() + "/" + type.suffix() + "/" + version;
    }

    /** The id of a case event: each kind happens at most once per case. */
    static String caseEventId(CaseFacts moderationCase, EventType type) {
        return moderationCase.id().value() + "/" + type.suffix();
    }
}
