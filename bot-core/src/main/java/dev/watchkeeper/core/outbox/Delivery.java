package dev.watchkeeper.core.outbox;

import dev.watchkeeper.core.decision.Decision;
import java.util.List;

/**
 * A platform adapter's side of the outbox: carries decisions out and says when it is finished with
 * all of them (each accepted by the platform, refused for good, or dropped as stale). Thread-safe;
 * {@link #deliver} only queues and never blocks on the network.
 */
@FunctionalInterface
public interface Delivery {
    /**
     * Queues the decisions, in order; runs {@code whenSettled} once (on any thread) when every one
     * is settled. Never runs it when the adapter stops first: the entry then stays in the outbox.
     */
    void deliver(List<Decision> decisions, Runnable whenSettled);

    /**
     * Queues a recorded entry's decisions, as {@link #deliver(List, Runnable)} does. The entry's id
     * is the same each time the entry is carried out (again after a crash, or by another instance),
     * so an adapter whose platform can recognise a repeated request (Discord's message nonce) derives
     * that key from it; by default the id is not used.
     */
    default void deliver(OutboxEntry entry, Runnable whenSettled) {
        deliver(entry.decisions(), whenSettled);
    }
}
