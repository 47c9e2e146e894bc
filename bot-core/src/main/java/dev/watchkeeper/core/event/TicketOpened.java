package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * A member's ticket was opened.
 *
 * @param id the event id
 * @param occurredAt when
 * @param ticket the ticket as opened
 * @param reason why it was opened ({@code asked_for_human}, {@code security_incident}, …)
 * @param language the member's language (IETF tag)
 */
public record TicketOpened(String id, Instant occurredAt, TicketFacts ticket, String reason, String language)
        implements DomainEvent {
    public TicketOpened {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(ticket, "ticket");
        requireNonNull(reason, "reason");
        requireNonNull(language, "language");
    }

    /** The event of a ticket stored at {@code version}. */
    public static TicketOpened of(TicketFacts ticket, long version, Instant at, String reason, String language) {
        return new TicketOpened(
                DomainEvent.ticketEventId(ticket, EventType.TICKET_OPENED, version), at, ticket, reason, language);
    }

    @Override
    public EventType type() {
        return EventType.TICKET_OPENED;
    }

    @Override
    public Platform platform() {
        return ticket.platform();
    }
}
