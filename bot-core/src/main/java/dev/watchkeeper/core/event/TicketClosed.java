package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * An agent resolved a ticket.
 *
 * @param id the event id
 * @param occurredAt when
 * @param ticket the ticket as resolved
 * @param agent the agent's account
 * @param resolution the resolution note, secrets redacted
 */
public record TicketClosed(String id, Instant occurredAt, TicketFacts ticket, String agent, String resolution)
        implements DomainEvent {
    public TicketClosed {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(ticket, "ticket");
        requireNonNull(agent, "agent");
        requireNonNull(resolution, "resolution");
    }

    /** The event of a resolution stored at {@code version}. */
    public static TicketClosed of(TicketFacts ticket, long version, Instant at, String agent, String resolution) {
        return new TicketClosed(
                DomainEvent.ticketEventId(ticket, EventType.TICKET_CLOSED, version), at, ticket, agent, resolution);
    }

    @Override
    public EventType type() {
        return EventType.TICKET_CLOSED;
    }

    @Override
    public Platform platform() {
        return ticket.platform();
    }
}
