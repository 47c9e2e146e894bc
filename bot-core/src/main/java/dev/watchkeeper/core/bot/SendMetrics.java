package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The port a send queue reports its figures to; the application implements it with Micrometer
 * (queue depth per platform and priority, waiting time from queueing to the platform's answer,
 * replies dropped as stale, the platform's 429 answers). Implementations are thread-safe and never block.
 */
public interface SendMetrics {
    /** Does nothing: for tests and deployments without metrics. */
    SendMetrics NONE = new SendMetrics() {};

    /** Registers where the current number of queued actions of a priority can be read. */
    default void depth(Platform platform, SendPriority priority, IntSupplier depth) {}

    /** An action was carried out (or failed for good) after waiting this long in the queue. */
    default void sent(Platform platform, SendPriority priority, Duration waited) {}

    /** A reply was dropped because it had waited longer than the queue's limit. */
    default void dropped(Platform platform, SendPriority priority) {}

    /**
     * The platform refused a call for sending too fast (HTTP 429) and asked to wait this long
     * before the next; the call is tried again after the wait.
     */
    default void rateLimited(Platform platform, Duration retryAfter) {}
}
