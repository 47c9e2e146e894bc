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
}
