package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;

/**
 * An agent claimed a ticket that nobody owned.
 *
 * @param id the event id
 * @param occurredAt when
 * @param ticket the ticket as claimed
 * @param agent the agent's account ({@code discord:900})
 */
public record TicketClaimed(String id, Instant occurredAt, TicketFacts ticket, String agent) implements DomainEvent {
    public TicketClaimed {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(ticket, "ticket");
        requireNonNull(agent, "agent");
    }

    /** The event of a claim stored at {@code version}. */
    public static TicketClaimed of(TicketFacts ticket, long version, Instant at, String agent) {
        return new TicketClaimed(
                DomainEvent.ticketEventId(ticket, EventType.TICKET_CLAIMED, version), at, ticket, agent);
    }

    @Override
    public EventType type() {
        return EventType.TICKET_CLAIMED;
    }

    @Override
    public Platform platform() {
        return ticket.platform();
    }
}
