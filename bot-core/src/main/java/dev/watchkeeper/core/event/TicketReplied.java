package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message was added to a ticket's conversation: an agent's reply for the member (typed, or a
 * knowledge-base answer inserted), or the member's message for the agent. Internal notes are not
 * events.
 *
 * @param id the event id
 * @param occurredAt when
 * @param ticket the ticket after the message
 * @param from who wrote it
 * @param agent the agent's account, for an agent's reply; null for the member's message
 * @param text the message as stored in the transcript, secrets redacted
 */
public record TicketReplied(
        String id, Instant occurredAt, TicketFacts ticket, From from, @Nullable String agent, String text)
        implements DomainEvent {
    public TicketReplied {
        requireNonNull(id, "id");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(ticket, "ticket");
        requireNonNull(from, "from");
        requireNonNull(text, "text");
        if ((from == From.AGENT) != (agent != null)) {
            throw new IllegalArgumentException("an agent's reply names the agent, and only it");
        }
    }

    /** The event of a message stored at {@code version}. */
    public static TicketReplied of(
            TicketFacts ticket, long version, Instant at, From from, @Nullable String agent, String text) {
        return new TicketReplied(
                DomainEvent.ticketEventId(ticket, EventType.TICKET_REPLIED, version), at, ticket, from, agent, text);
    }

    /** Who wrote a message. */
    public enum From {
        AGENT,
        MEMBER
    }

    @Override
    public EventType type() {
        return EventType.TICKET_REPLIED;
    }

    @Override
    public Platform platform() {
        return ticket.platform();
    }
}
