package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * The member rated the help on a resolved ticket. The optional comment that may follow is not an
 * event: it is personal text the member writes later.
 *
 * @param id the event id
 * @param occurredAt when
 * @param ticket the ticket as rated
 * @param score 1 (poor) to 5 (great)
 */
public record TicketRated(String id, Instant occurredAt, TicketFacts ticket, int score) implements DomainEvent {
    public TicketRated {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(ticket, "ticket");
    }

    /** The event of a rating stored at {@code version}. */
    public static TicketRated of(TicketFacts ticket, long version, Instant at, int score) {
        return new TicketRated(DomainEvent.ticketEventId(ticket, EventType.TICKET_RATED, version), at, ticket, score);
    }

    @Override
    public EventType type() {
        return EventType.TICKET_RATED;
    }

    @Override
    public Platform platform() {
        return ticket.platform();
    }
}
