package dev.watchkeeper.telegram.outbound;

import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.bot.SendWait;
import dev.watchkeeper.core.model.Platform;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Runs Bot API calls one chat at a time, within the bot's send limits (asked of a {@link
 * SendRateLimiter}, shared when several instances run the bot). Each chat has a lane; in a lane,
 * moderation calls ({@link SendPriority#MODERATION}: deletes, bans, case cards, the leaked-secret
 * notice) go before everything else, and calls of one priority keep their order. A moderation call
 * queued while its lane waits for the limiter runs at once. A reply that has waited longer than
 * the reply limit is dropped (nobody waits for an answer that late, and a flood must not hold the
 * queue for minutes). A call that may not go yet is scheduled for when it may (no thread waits),
 * so chats do not wait for each other; a 429 holds the lane for the {@code retry_after} Telegram
 * asks for; network errors and 5xx are retried with exponential back-off; other errors are final
 * and handed to the step's failure handler. Depth, waiting time and 429s go to {@link SendMetrics}.
 *
 * <p>Chats that wait only for the bot's overall limit (as the limiter's {@link SendWait} tells) do
 * not each ask again: they wait in one line, moderation first and then by queue time. A single
 * wake-up, due when the overall window frees, gives the first of them the turn to ask; each that
 * sends passes the turn on, and one refused on the overall limit sets the next wake-up. Hundreds of
 * waiting chats thus cost the limiter a few calls per freed slot, not hundreds.
 * Thread-safe; {@link #enqueue} never blocks.
 */
public final class SendQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SendQueue.class);

    /** Retries of network errors: the first wait, doubled each time up to the cap, this many times. */
    public record Backoff(Duration first, Duration cap, int retries) {
        /** One second, doubling up to half a minute, five retries. */
        public static Backoff standard() {
            return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 5);
        }

        Duration after(int attempt) {
            Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 20));
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    /** How long a reply may wait before it is dropped, unless configured otherwise. */
    public static final Duration DEFAULT_MAX_REPLY_AGE = Duration.ofSeconds(30);

    private final SendRateLimiter limiter;
    private final String scope;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration maxReplyAge;
    private final SendMetrics metrics;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<SendPriority, AtomicInteger> depth = new EnumMap<>(SendPriority.class);
    private final FailureLog failures = new FailureLog(log);

    /** Lanes waiting for the overall limit, in the order they may go. Guarded by the lanes' lock. */
    private final TreeSet<Lane> parked = new TreeSet<>(Comparator.comparingInt((Lane lane) -> lane.parkedRank)
            .thenComparing(lane -> lane.parkedSince)
            .thenComparingLong(lane -> lane.parkedOrder));

    /** The one wake-up of the parked lanes; never null while some are parked. Guarded by the lock. */
    @Nullable
    private ScheduledFuture<?> wake;

    private long wakeAtNanos;
    private long parkings;

    /** @param scope whose limits the sends count against, such as {@code telegram:<bot id>} */
    public SendQueue(SendRateLimiter limiter, String scope, Backoff backoff, Clock clock, int threads) {
        this(limiter, scope, backoff, clock, threads, DEFAULT_MAX_REPLY_AGE, SendMetrics.NONE);
    }

    /**
     * @param scope whose limits the sends count against, such as {@code telegram:<bot id>}
     * @param maxReplyAge how long a reply may wait in the queue before it is dropped
     */
    public SendQueue(
            SendRateLimiter limiter,
            String scope,
            Backoff backoff,
            Clock clock,
            int threads,
            Duration maxReplyAge,
            SendMetrics metrics) {
        this.limiter = limiter;
        this.scope = scope;
        this.backoff = backoff;
        this.clock = clock;
        this.maxReplyAge = maxReplyAge;
        this.metrics = metrics;
        this.scheduler = Executors.newScheduledThreadPool(
                threads,
                Thread.ofPlatform().name("telegram-send-", 0).daemon(true).factory());
        for (SendPriority priority : SendPriority.values()) {
            AtomicInteger count = new AtomicInteger();
            depth.put(priority, count);
            metrics.depth(Platform.TELEGRAM, priority, count::get);
        }
    }

    /** Queues the steps behind earlier steps of their chats and priorities. */
    public void enqueue(List<ApiStep> steps) {
        Instant now = clock.instant();
        Set<Lane> runNow = new LinkedHashSet<>();
        // All at once, so that a batch's moderation calls are all queued before any of it runs.
        synchronized (lanes) {
            for (ApiStep step : steps) {
                Lane lane = lanes.computeIfAbsent(step.chat(), c -> new Lane());
                lane.add(new Queued(step, now));
                depth.get(step.priority()).incrementAndGet();
                // Idle: start it. Waiting (for the limiter or a retry): moderation cannot wait.
                if (!lane.scheduled
                        || (step.priority() == SendPriority.MODERATION && !lane.running && lane.heldUntil == null)) {
                    lane.scheduled = true;
                    runNow.add(lane);
                }
            }
        }
        runNow.forEach(lane -> schedule(lane, Duration.ZERO));
    }

    /** True when no chat has calls waiting or running. */
    public boolean idle() {
        synchronized (lanes) {
            return lanes.isEmpty();
        }
    }

    /** How many calls of this priority wait or run. */
    public int depth(SendPriority priority) {
        return depth.get(priority).get();
    }

    private void schedule(Lane lane, Duration delay) {
        int generation;
        long millis = Math.max(0, delay.toMillis());
        synchronized (lanes) {
            unpark(lane);
            if (lane.pending != null) {
                if (!lane.pending.isDone() && lane.pending.getDelay(TimeUnit.MILLISECONDS) == millis) {
                    return; // already due then: no cancel and reschedule
                }
                lane.pending.cancel(false);
            }
            generation = ++lane.generation;
            try {
                lane.pending = scheduler.schedule(() -> run(lane, generation), millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                log.debug("Send queue closed; {} call(s) not sent", lane.size());
            }
        }
    }

    private void run(Lane lane, int generation) {
        Queued head;
        synchronized (lanes) {
            if (generation != lane.generation || lane.running) {
                return;
            }
            lane.pending = null;
            head = lane.head();
            if (head == null) {
                finish(lane);
                return;
            }
            lane.heldUntil = null;
            // Others already wait for the overall limit: queue behind them rather than ask now.
            if (!parked.isEmpty() && head.step().limited() && !lane.hasTurn && !stale(head, clock.instant())) {
                park(lane, head, null);
                return;
            }
            lane.running = true;
        }
        Duration next = Duration.ZERO;
        try {
            next = attempt(lane, head);
        } finally {
            boolean more;
            synchronized (lanes) {
                lane.running = false;
                Queued now = lane.head();
                more = now != null;
                if (!more) {
                    finish(lane);
                } else if (lane.holding) {
                    lane.heldUntil = clock.instant().plus(next);
                } else if (now != head && now.step().priority() == SendPriority.MODERATION) {
                    // A moderation call queued while a message waited for the limiter goes now.
                    next = Duration.ZERO;
                } else if (lane.overallWait) {
                    park(lane, now, next);
                    more = false;
                }
                lane.holding = false;
                lane.overallWait = false;
                if (!parked.isEmpty() && wake == null) {
                    wakeIn(Duration.ZERO); // the line's turn passes on
                }
            }
            if (more) {
                schedule(lane, next);
            }
        }
    }

    /** Tries the head step: how long the lane waits before its next try (zero: at once). */
    private Duration attempt(Lane lane, Queued head) {
        ApiStep step = head.step();
        Instant now = clock.instant();
        if (stale(head, now)) {
            remove(lane, head);
            metrics.dropped(Platform.TELEGRAM, step.priority());
            log.debug("Dropped a reply in chat {} that waited longer than {}", step.chat(), maxReplyAge);
            return Duration.ZERO;
        }
        if (step.limited()) {
            lane.hasTurn = false;
            SendWait wait = limiter.tryAcquireWithReason(scope, step.chat(), step.group(), now);
            if (!wait.granted()) {
                lane.overallWait = wait.overall();
                return wait.delay();
            }
        }
        try {
            step.call().run();
        } catch (TelegramApiException e) {
            Duration retryIn = retryDelay(lane, e);
            if (retryIn != null) {
                lane.holding = true;
                return retryIn;
            }
            log.warn("Telegram call in chat {} failed: {}", step.chat(), describe(e));
            runFailureHandler(step, e);
        } catch (RuntimeException e) {
            failures.failed("a Telegram call", "chat " + step.chat(), e);
        }
        lane.attempts = 0;
        remove(lane, head);
        metrics.sent(Platform.TELEGRAM, step.priority(), Duration.between(head.queuedAt(), clock.instant()));
        return Duration.ZERO;
    }

    private boolean stale(Queued queued, Instant now) {
        return queued.step().priority() == SendPriority.REPLY
                && queued.queuedAt().plus(maxReplyAge).isBefore(now);
    }

    /**
     * Puts the lane in the line for the overall limit (under the lock), and makes sure a wake-up is
     * due by {@code delay} from now (null: the one already due will do).
     */
    private void park(Lane lane, Queued head, @Nullable Duration delay) {
        unpark(lane);
        lane.parkedRank = head.step().priority() == SendPriority.MODERATION ? 0 : 1;
        lane.parkedSince = head.queuedAt();
        lane.parkedOrder = ++parkings;
        lane.parked = true;
        parked.add(lane);
        if (delay != null) {
            wakeIn(delay);
        }
    }

    private void unpark(Lane lane) {
        if (lane.parked) {
            parked.remove(lane);
            lane.parked = false;
        }
    }

    /** Makes the wake-up due by {@code delay} from now, moving it only when that is earlier (under the lock). */
    private void wakeIn(Duration delay) {
        long at = System.nanoTime() + delay.toNanos();
        if (wake != null) {
            if (at - wakeAtNanos >= -TimeUnit.MILLISECONDS.toNanos(1)) {
                return;
            }
            wake.cancel(false);
        }
        wakeAtNanos = at;
        try {
            wake = scheduler.schedule(this::wakeParked, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            wake = null;
            log.debug("Send queue closed; {} chat(s) waiting not sent", parked.size());
        }
    }

    /**
     * The overall window may have room: gives the first parked lane the turn to ask (under the
     * lock). It asks and sends in one go, so a slot is used when it is taken; then the turn passes
     * on, or, refused on the overall limit, the lane parks again and sets the next wake-up.
     */
    private void wakeParked() {
        synchronized (lanes) {
            wake = null;
            if (!parked.isEmpty()) {
                Lane lane = parked.first();
                lane.hasTurn = true;
                schedule(lane, Duration.ZERO);
            }
        }
    }

    private void remove(Lane lane, Queued done) {
        synchronized (lanes) {
            lane.remove(done);
        }
        depth.get(done.step().priority()).decrementAndGet();
        try {
            done.step().settled().run();
        } catch (RuntimeException e) {
            failures.failed(
                    "reporting a settled Telegram call", "chat " + done.step().chat(), e);
        }
    }

    /** The lane has nothing left: forget it (under the lock). */
    private void finish(Lane lane) {
        unpark(lane);
        lane.scheduled = false;
        lane.heldUntil = null;
        lanes.values().remove(lane);
    }

    private void runFailureHandler(ApiStep step, TelegramApiException e) {
        try {
            step.onFailure().accept(e);
        } catch (RuntimeException handlerFailure) {
            failures.failed("handling a failed Telegram call", "chat " + step.chat(), handlerFailure);
        }
    }

    /** When to try the call again, or null when its failure is final. */
    private @Nullable Duration retryDelay(Lane lane, TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            ResponseParameters parameters = request.getParameters();
            if (code == 429) {
                int seconds = parameters == null || parameters.getRetryAfter() == null ? 1 : parameters.getRetryAfter();
                log.info("Telegram asked to slow down: retrying in {}s", seconds);
                metrics.rateLimited(Platform.TELEGRAM, Duration.ofSeconds(seconds));
                return Duration.ofSeconds(seconds);
            }
            if (code < 500) {
                return null;
            }
        } else if (!causedByNetwork(e)) {
            return null;
        }
        lane.attempts++;
        if (lane.attempts > backoff.retries()) {
            lane.attempts = 0;
            return null;
        }
        Duration wait = backoff.after(lane.attempts);
        log.info("Telegram call failed ({}), retry {} in {}", describe(e), lane.attempts, wait);
        return wait;
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The error without request contents: the API's code and description, or the exception type. */
    static String describe(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return request.getErrorCode() + " " + request.getApiResponse();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** Stops at once, as a killed process would: nothing queued is sent or settled. */
    public void halt() {
        scheduler.shutdownNow();
    }

    /** Stops taking new work and gives what is queued at most 5 s; the rest is neither sent nor settled. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private record Queued(ApiStep step, Instant queuedAt) {}

    /** One chat's calls: moderation first, then the rest, each in order. Guarded by the lanes' lock. */
    private static final class Lane {
        final ArrayDeque<Queued> moderation = new ArrayDeque<>();
        final ArrayDeque<Queued> rest = new ArrayDeque<>();
        boolean scheduled;
        boolean running;
        int generation;

        @Nullable
        ScheduledFuture<?> pending;
        /** Set while the lane waits out a 429 or a back-off, which moderation must respect too. */
        @Nullable
        Instant heldUntil;
        /** The last attempt ended in a 429 or a retried error: the wait holds the whole lane. */
        boolean holding;
        /** The last attempt was refused by the overall limit alone. */
        boolean overallWait;
        /** A wake-up gave the lane the line's turn to ask the limiter. */
        boolean hasTurn;

        boolean parked;
        /** Where the lane stands in the parked line: set when parked, unchanged while it is. */
        int parkedRank;

        Instant parkedSince = Instant.EPOCH;
        long parkedOrder;

        int attempts;

        void add(Queued queued) {
            (queued.step().priority() == SendPriority.MODERATION ? moderation : rest).addLast(queued);
        }

        @Nullable
        Queued head() {
            return moderation.isEmpty() ? rest.peekFirst() : moderation.peekFirst();
        }

        void remove(Queued done) {
            if (!moderation.remove(done)) {
                rest.remove(done);
            }
        }

        int size() {
            return moderation.size() + rest.size();
        }
    }
}
