package dev.watchkeeper.discord.outbound;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs REST requests until Discord answers them for good. JDA already repeats a request three times
 * on a 502, 503 or 504 and waits out a 429; a request that still fails for a reason that may pass
 * (no answer at all, a server error) is made again here, after 1 s, doubling up to {@link #CAP},
 * for as long as {@link #PATIENCE}. Discord's refusals (a 4xx with its error code: unknown channel,
 * missing permission, a member who takes no DMs) are final at once.
 *
 * <p>Once {@link #stop()} is called, no request is made again and every result not known yet ends
 * in {@link Stopped}: the caller leaves the decision unsettled, for the outbox to carry out on the
 * next start; {@link #resume()} makes requests again. Never blocks; thread-safe.
 */
final class Attempts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Attempts.class);
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofMinutes(1);
    /** After this long a decision is given up on this instance (logged); a restart tries it again. */
    static final Duration PATIENCE = Duration.ofMinutes(15);

    /** Runs the repeats; made on the first one after a start, ended by {@link #stop()}. */
    private @Nullable ScheduledExecutorService scheduler;

    private final Duration first;
    /** The results waiting for a repeat. */
    private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();

    private volatile boolean stopped;

    Attempts() {
        this(FIRST);
    }

    /** @param first the wait before the first repeat (tests shorten it) */
    Attempts(Duration first) {
        this.first = first;
    }

    /** The request's result: Discord's answer, its final refusal, or {@link Stopped}. */
    <T> CompletableFuture<T> submit(Supplier<? extends RestAction<T>> request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(request, result, 1, System.nanoTime());
        return result;
    }

    private <T> void attempt(
            Supplier<? extends RestAction<T>> request, CompletableFuture<T> result, int attempt, long began) {
        if (stopped) {
            result.completeExceptionally(new Stopped());
            return;
        }
        CompletableFuture<T> sent;
        try {
            sent = request.get().submit();
        } catch (RuntimeException e) {
            // JDA's own checks (a missing permission, a text too long): final.
            result.completeExceptionally(stopped || e instanceof RejectedExecutionException ? new Stopped() : e);
            return;
        }
        sent.whenComplete((answer, failure) -> {
            if (failure == null) {
                result.complete(answer);
                return;
            }
            Throwable cause = unwrapped(failure);
            if (stopped || cause instanceof RejectedExecutionException || cause instanceof CancellationException) {
                result.completeExceptionally(new Stopped());
            } else if (!mayPass(cause)) {
                result.completeExceptionally(cause);
            } else if (System.nanoTime() - began > PATIENCE.toNanos()) {
                log.warn("Discord failed a request for {} min ({}); given up", PATIENCE.toMinutes(), why(cause));
                result.completeExceptionally(cause);
            } else {
                Duration wait = after(attempt);
                log.info("Discord request failed ({}), retry {} in {} ms", why(cause), attempt, wait.toMillis());
                waiting.add(result);
                try {
                    scheduler()
                            .schedule(
                                    () -> {
                                        // Not waiting any more: ended by a stop (perhaps before a restart).
                                        if (waiting.remove(result)) {
                                            attempt(request, result, attempt + 1, began);
                                        }
                                    },
                                    wait.toMillis(),
                                    TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    waiting.remove(result);
                    result.completeExceptionally(new Stopped());
                }
            }
        });
    }

    Duration after(int attempt) {
        Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }

    /**
     * True for a failure that may pass: no answer (a network error, which JDA reports as a server
     * error without a status), a 5xx, or a 429 JDA gave up waiting for.
     */
    static boolean mayPass(Throwable failure) {
        if (failure instanceof RateLimitedException) {
            return true;
        }
        if (failure instanceof ErrorResponseException error) {
            int status = error.getResponse() == null ? -1 : error.getResponse().code;
            return status < 400 || status >= 500 || status == 429;
        }
        return false;
    }

    /**
     * The result as settled: done when Discord accepted, and done too when it refused for good (the
     * refusal, unwrapped, goes to {@code refused} to be logged); failed with {@link Stopped} only
     * when the adapter stopped first.
     */
    static CompletableFuture<@Nullable Void> settled(CompletableFuture<?> result, Consumer<Throwable> refused) {
        return result.handle((ok, failure) -> {
            if (failure == null) {
                return null;
            }
            if (stoppedBy(failure)) {
                throw new Stopped();
            }
            refused.accept(unwrapped(failure));
            return null;
        });
    }

    /** True when a result ended because the adapter stopped, not because Discord refused. */
    static boolean stoppedBy(Throwable failure) {
        return unwrapped(failure) instanceof Stopped;
    }

    static Throwable unwrapped(Throwable failure) {
        Throwable e = failure;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** Discord's code and status, or the exception's type: never a text. */
    static String why(Throwable e) {
        if (e instanceof ErrorResponseException error) {
            int status = error.getResponse() == null ? -1 : error.getResponse().code;
            return status + " " + error.getErrorCode() + " "
                    + error.getErrorResponse().name();
        }
        return e.getClass().getSimpleName();
    }

    /** Makes no request again; what is waiting for a repeat ends in {@link Stopped}. */
    synchronized void stop() {
        stopped = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        for (CompletableFuture<?> result : waiting) {
            result.completeExceptionally(new Stopped());
        }
        waiting.clear();
    }

    /** True between {@link #stop()} and {@link #resume()}. */
    boolean stopped() {
        return stopped;
    }

    /** Makes requests again after a {@link #stop()} (the adapter started again). */
    synchronized void resume() {
        stopped = false;
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (stopped) {
            throw new RejectedExecutionException("stopped");
        }
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("discord-retry").daemon(true).factory());
        }
        return scheduler;
    }

    @Override
    public void close() {
        stop();
    }

    /** The adapter stopped before Discord answered: the decision stays in the outbox. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the Discord adapter stopped", null, false, false);
        }
    }
}
