package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One event waiting in an {@link EventQueue}, already in the form it is sent in.
 *
 * @param id the event id ({@link DomainEvent#id()})
 * @param type the event's wire name ({@code ticket.opened})
 * @param occurredAt when the event happened: a sender gives up on events too old
 * @param payload the body to send, opaque to the queue
 */
public record QueuedEvent(String id, String type, Instant occurredAt, String payload) {
    public QueuedEvent {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(payload, "payload");
    }
}
