package dev.watchkeeper.core.event;

/**
 * Port: where the desks tell their {@link DomainEvent}s, once per stored change, after the store
 * write succeeded, on the thread that handled the change. Implementations are thread-safe, never
 * throw into the caller (a failure to record is theirs to log) and do not wait for delivery: they
 * record the event (in memory, or with one round trip to a durable queue) and return.
 */
@FunctionalInterface
public interface DomainEvents {
    /** Tells nobody: for tests and deployments without webhooks. */
    DomainEvents NONE = event -> {};

    /** Records an event for delivery. */
    void publish(DomainEvent event);
}
