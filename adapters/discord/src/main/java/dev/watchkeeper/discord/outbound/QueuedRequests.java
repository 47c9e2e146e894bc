package dev.watchkeeper.discord.outbound;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many REST requests the shards' rate limiters hold that are not finished yet (sent and
 * answered, skipped or cancelled), so that a stop can wait for them. JDA's own shutdown signal
 * comes only at its rate limiter's next cleanup, up to 30 s after the last request went out.
 * Thread-safe.
 */
public final class QueuedRequests {
    private static final long POLL_MILLIS = 20;

    private final AtomicInteger pending = new AtomicInteger();

    void added() {
        pending.incrementAndGet();
    }

    void finished() {
        pending.decrementAndGet();
    }

    /** The requests not finished yet. */
    public int pending() {
        return pending.get();
    }

    /**
     * Waits until no request is pending, up to {@code timeout}; true when none is. Blocks the
     * calling thread.
     */
    public boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
