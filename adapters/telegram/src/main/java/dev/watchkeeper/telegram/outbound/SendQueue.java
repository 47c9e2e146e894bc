package dev.watchkeeper.telegram.outbound;

import dev.watchkeeper.core.bot.SendRateLimiter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Runs Bot API calls one chat at a time and in order within a chat, within the bot's send limits
 * (asked of a {@link SendRateLimiter}, shared when several instances run the bot). A call that may
 * not go yet is scheduled for when it may (no thread waits); a 429 reschedules it
 * after the {@code retry_after} Telegram asks for; network errors and 5xx are retried with
 * exponential back-off; other errors are final and handed to the step's failure handler. Chats
 * do not wait for each other. Thread-safe; {@link #enqueue} never blocks.
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

    private final SendRateLimiter limiter;
    private final String scope;
    private final Backoff backoff;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Lane> lanes = new HashMap<>();

    /** @param scope whose limits the sends count against, such as {@code telegram:<bot id>} */
    public SendQueue(SendRateLimiter limiter, String scope, Backoff backoff, Clock clock, int threads) {
        this.limiter = limiter;
        this.scope = scope;
        this.backoff = backoff;
        this.clock = clock;
        this.scheduler = Executors.newScheduledThreadPool(
                threads,
                Thread.ofPlatform().name("telegram-send-", 0).daemon(true).factory());
    }

    /** Queues the steps behind earlier steps of their chats. */
    public void enqueue(List<ApiStep> steps) {
        for (ApiStep step : steps) {
            Lane lane;
            boolean start;
            synchronized (lanes) {
                lane = lanes.computeIfAbsent(step.chat(), c -> new Lane());
                lane.steps.addLast(step);
                start = !lane.active;
                lane.active = true;
            }
            if (start) {
                schedule(lane, Duration.ZERO);
            }
        }
    }

    /** True when no chat has calls waiting or running. */
    public boolean idle() {
        synchronized (lanes) {
            return lanes.isEmpty();
        }
    }

    private void schedule(Lane lane, Duration delay) {
        try {
            scheduler.schedule(() -> runHead(lane), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("Send queue closed; {} call(s) dropped", lane.steps.size());
        }
    }

    private void runHead(Lane lane) {
        ApiStep step;
        synchronized (lanes) {
            step = lane.steps.peekFirst();
        }
        if (step == null) {
            return;
        }
        if (step.limited()) {
            Duration wait = limiter.tryAcquire(scope, step.chat(), step.group(), clock.instant());
            if (!wait.isZero()) {
                schedule(lane, wait);
                return;
            }
        }
        Duration retryIn = null;
        try {
            step.call().run();
        } catch (TelegramApiException e) {
            retryIn = retryDelay(lane, e);
            if (retryIn == null) {
                log.warn("Telegram call in chat {} failed: {}", step.chat(), describe(e));
                runFailureHandler(step, e);
            }
        } catch (RuntimeException e) {
            log.error("Telegram call in chat {} failed", step.chat(), e);
        }
        if (retryIn != null) {
            schedule(lane, retryIn);
            return;
        }
        lane.attempts = 0;
        boolean more;
        synchronized (lanes) {
            lane.steps.pollFirst();
            more = !lane.steps.isEmpty();
            if (!more) {
                lane.active = false;
                lanes.remove(step.chat(), lane);
            }
        }
        if (more) {
            schedule(lane, Duration.ZERO);
        }
    }

    private static void runFailureHandler(ApiStep step, TelegramApiException e) {
        try {
            step.onFailure().accept(e);
        } catch (RuntimeException handlerFailure) {
            log.error("Handling a failed Telegram call in chat {} failed", step.chat(), handlerFailure);
        }
    }

    /** When to try the call again, or null when its failure is final. */
    private Duration retryDelay(Lane lane, TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            ResponseParameters parameters = request.getParameters();
            if (code == 429) {
                int seconds = parameters == null || parameters.getRetryAfter() == null ? 1 : parameters.getRetryAfter();
                log.info("Telegram asked to slow down: retrying in {}s", seconds);
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

    private static final class Lane {
        final ArrayDeque<ApiStep> steps = new ArrayDeque<>();
        boolean active;
        int attempts;
    }
}
