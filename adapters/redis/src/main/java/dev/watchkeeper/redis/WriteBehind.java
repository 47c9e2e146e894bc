package dev.watchkeeper.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that may wait out a Redis outage: conversation state, transcript turns, audit entries,
 * counters, learned samples. A write runs at once while Redis answers; when Redis is unreachable
 * it is kept, in order, in a bounded buffer and retried in the background until Redis is back.
 * Past the bound, new writes are dropped and counted (and logged), so memory stays bounded.
 *
 * <p>Only for writes nobody is told were saved: the stores whose callers must know (tickets,
 * moderation cases, domain lists) write directly and throw. Thread-safe; a write blocks for at
 * most one Redis command timeout.
 */
public final class WriteBehind implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);

    private final Deque<Pending> buffer = new ArrayDeque<>();
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService retrier = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "watchkeeper-redis-write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private record Pending(String what, Runnable write) {}

    /** A buffer of at most {@code capacity} writes, retried every {@code retryEvery}. */
    public WriteBehind(int capacity, Duration retryEvery) {
        this.capacity = capacity;
        long millis = retryEvery.toMillis();
        retrier.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs the write now, or keeps it for later if Redis is unreachable or earlier writes wait. */
    public void write(String what, Runnable write) {
        synchronized (buffer) {
            if (!buffer.isEmpty()) {
                keep(new Pending(what, write));
                return;
            }
        }
        try {
            write.run();
        } catch (RedisCommandExecutionException e) {
            log.error("Redis refused a {} write; it is dropped: {}", what, e.getMessage());
        } catch (RedisException e) {
            log.warn("Redis unreachable; {} write kept for retry ({})", what, e.getMessage());
            synchronized (buffer) {
                keep(new Pending(what, write));
            }
        }
    }

    private void keep(Pending pending) {
        if (buffer.size() >= capacity) {
            long total = dropped.incrementAndGet();
            log.error(
                    "Write-behind buffer full ({}); {} write dropped, {} dropped in all",
                    capacity,
                    pending.what(),
                    total);
            return;
        }
        buffer.addLast(pending);
    }

    /** Retries the kept writes in order, stopping at the first that fails. */
    public void flush() {
        synchronized (buffer) {
            int before = buffer.size();
            while (!buffer.isEmpty()) {
                Pending next = buffer.peekFirst();
                try {
                    next.write().run();
                } catch (RedisCommandExecutionException e) {
                    log.error("Redis refused a kept {} write; it is dropped: {}", next.what(), e.getMessage());
                } catch (RedisException e) {
                    return;
                }
                buffer.pollFirst();
            }
            if (before > 0) {
                log.info("Redis is back: {} kept writes done", before);
            }
        }
    }

    /** How many writes wait for Redis. */
    public int pending() {
        synchronized (buffer) {
            return buffer.size();
        }
    }

    /** How many writes were dropped because the buffer was full. */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        retrier.shutdownNow();
        flush();
    }
}
