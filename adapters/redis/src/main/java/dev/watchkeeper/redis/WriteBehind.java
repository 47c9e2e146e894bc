package dev.watchkeeper.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that may wait out a Redis outage: conversation state, transcript turns, audit entries,
 * counters, learned samples. A write is sent at once; when Redis is unreachable it is kept, in
 * order, in a bounded buffer and retried in the background until Redis is back. Past the bound,
 * new writes are dropped and counted (and logged), so memory stays bounded.
 *
 * <p>{@link #write} does not wait for Redis's reply: the write is pipelined behind the message
 * that caused it. A write that was in flight when the connection broke may or may not have been
 * done; it is retried, so it may land twice and after later writes. Such writes must be safe to
 * repeat or their readers must drop repeats (the stores using it do: a conversation state is
 * overwritten, transcript turns, audit entries and samples are read back distinct and in time
 * order). {@link #writeAndWait} is for writes that must not be repeated (counters).
 *
 * <p>For writes nobody is told were saved, and for moderation cases (whose ids are reserved
 * ahead, so a case can be flagged to moderators while Redis is away and stored when it returns):
 * the stores whose callers must know (tickets, domain lists) write directly and throw. Reads on the same connection see
 * earlier writes, since Redis runs one connection's commands in order. Thread-safe.
 */
public final class WriteBehind implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);

    private final OutageLog outage = new OutageLog(log);

    private final Deque<Pending> buffer = new ArrayDeque<>();
    private final int capacity;
    private final Duration timeout;
    private final AtomicLong dropped = new AtomicLong();
    private boolean full;
    private volatile CompletableFuture<?> lastSent = CompletableFuture.completedFuture(null);
    private final ScheduledExecutorService retrier = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "watchkeeper-redis-write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private record Pending(String what, Supplier<? extends CompletionStage<?>> write) {}

    /**
     * A buffer of at most {@code capacity} writes, retried every {@code retryEvery}, each retry
     * waiting at most {@code timeout} for Redis.
     */
    public WriteBehind(int capacity, Duration retryEvery, Duration timeout) {
        this.capacity = capacity;
        this.timeout = timeout;
        long millis = retryEvery.toMillis();
        retrier.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Sends the write now, or keeps it for later if Redis is unreachable or earlier writes wait.
     *
     * @param write sends one write and returns its reply's stage; it is called again for a retry
     */
    public void write(String what, Supplier<? extends CompletionStage<?>> write) {
        Pending pending = new Pending(what, write);
        if (keptBehindEarlier(pending)) {
            return;
        }
        CompletableFuture<?> sent;
        try {
            sent = write.get().toCompletableFuture();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        lastSent = sent;
        sent.whenComplete((reply, failure) -> {
            if (failure == null) {
                outage.succeeded();
            } else {
                failed(pending, unwrap(failure));
            }
        });
    }

    /**
     * Sends the write and waits (at most the timeout) for Redis's reply, or keeps it for later if
     * Redis is unreachable or earlier writes wait. A write Redis did not confirm in time is not
     * retried (it may have been done), so it is not done twice.
     */
    public void writeAndWait(String what, Supplier<? extends CompletionStage<?>> write) {
        writeAndWait(what, false, write);
    }

    /**
     * As {@link #writeAndWait(String, Supplier)}; a write that is safe to repeat ({@code
     * repeatable}: doing it twice changes nothing) is also kept for retry when Redis did not
     * confirm it in time, so it is not lost to a slow Redis either.
     */
    public void writeAndWait(String what, boolean repeatable, Supplier<? extends CompletionStage<?>> write) {
        Pending pending = new Pending(what, write);
        if (keptBehindEarlier(pending)) {
            return;
        }
        try {
            write.get().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            outage.succeeded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            unconfirmed(pending, repeatable, new RedisCommandTimeoutException("no reply in " + timeout));
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RedisCommandTimeoutException) {
                unconfirmed(pending, repeatable, cause);
            } else {
                failed(pending, cause);
            }
        }
    }

    private void unconfirmed(Pending pending, boolean repeatable, Throwable timeout) {
        if (repeatable) {
            synchronized (buffer) {
                keep(pending, timeout);
            }
        } else {
            log.error("Redis did not confirm a {} write in time; it is not retried", pending.what());
        }
    }

    /** Keeps the write, in order, while earlier ones wait for Redis; true when it was kept. */
    private boolean keptBehindEarlier(Pending pending) {
        synchronized (buffer) {
            if (buffer.isEmpty()) {
                return false;
            }
            keep(pending, null);
            return true;
        }
    }

    private void failed(Pending pending, Throwable failure) {
        if (failure instanceof RedisCommandExecutionException) {
            log.error("Redis refused a {} write; it is dropped: {}", pending.what(), failure.getMessage());
        } else if (failure instanceof RedisException) {
            synchronized (buffer) {
                keep(pending, failure);
            }
        } else {
            log.error("A {} write failed; it is dropped", pending.what(), failure);
        }
    }

    /**
     * Keeps the write for retry, or drops it when the buffer is full; either way the outage log
     * counts it (a line a minute at most, not one per write).
     *
     * @param failure why the write failed now, or null when it waits behind earlier ones
     */
    private void keep(Pending pending, @Nullable Throwable failure) {
        if (buffer.size() >= capacity) {
            long total = dropped.incrementAndGet();
            if (!full) {
                full = true;
                log.warn(
                        "Write-behind buffer full ({} writes wait for Redis): new writes are dropped until it drains",
                        capacity);
            }
            outage.failed(
                    "write-behind buffer full (" + capacity + "), writes dropped (" + total + " in all)", failure);
            return;
        }
        buffer.addLast(pending);
        if (failure != null) {
            outage.failed("writes kept for retry (" + buffer.size() + " waiting)", failure);
        }
    }

    /** Retries the kept writes in order, each waiting for Redis, stopping at the first that fails. */
    public void flush() {
        synchronized (buffer) {
            int before = buffer.size();
            while (!buffer.isEmpty()) {
                Pending next = buffer.peekFirst();
                try {
                    next.write().get().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (TimeoutException e) {
                    return;
                } catch (ExecutionException | RuntimeException e) {
                    Throwable cause = unwrap(e);
                    if (!(cause instanceof RedisCommandExecutionException) && cause instanceof RedisException) {
                        return;
                    }
                    log.error("A kept {} write failed; it is dropped: {}", next.what(), cause.getMessage());
                }
                buffer.pollFirst();
            }
            full = false;
            if (before > 0) {
                outage.succeeded();
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

    /** Waits (at most the timeout) for the writes sent so far, then retries the kept ones once. */
    @Override
    public void close() {
        retrier.shutdownNow();
        try {
            lastSent.handle((reply, failure) -> null).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Redis writes still in flight at close");
        }
        flush();
    }

    /** The failure inside the wrappers of a future's completion. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
