package dev.watchkeeper.discord.outbound;

import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import net.dv8tion.jda.api.requests.Route;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * JDA's rate limiter, reporting every 429 (Too Many Requests) Discord answers to {@link
 * SendMetrics#rateLimited}: JDA waits out the {@code Retry-After} and tries again itself, so this
 * is the one place that sees them. It also counts the requests it holds in {@link QueuedRequests},
 * from their arrival until they are answered, skipped or cancelled. Thread-safe as the limiter it
 * wraps; adds no blocking.
 */
public final class CountedRateLimiter implements RestRateLimiter {
    private static final int TOO_MANY_REQUESTS = 429;

    private final RestRateLimiter limiter;
    private final SendMetrics metrics;
    private final QueuedRequests queued;

    public CountedRateLimiter(RestRateLimiter limiter, SendMetrics metrics, QueuedRequests queued) {
        this.limiter = limiter;
        this.metrics = metrics;
        this.queued = queued;
    }

    @Override
    public void enqueue(Work task) {
        CountedWork counted = new CountedWork(task);
        queued.added();
        try {
            limiter.enqueue(counted);
        } catch (RuntimeException e) {
            counted.finished();
            throw e;
        }
    }

    @Override
    public void stop(boolean shutdown, Runnable callback) {
        limiter.stop(shutdown, callback);
    }

    @Override
    public boolean isStopped() {
        return limiter.isStopped();
    }

    @Override
    public int cancelRequests() {
        return limiter.cancelRequests();
    }

    /** The wait Discord asks for, in seconds with a fraction; a second when it does not say. */
    static Duration retryAfter(Response response) {
        String header = response.header(RETRY_AFTER_HEADER);
        try {
            return header == null
                    ? Duration.ofSeconds(1)
                    : Duration.ofMillis(Math.round(Double.parseDouble(header) * 1000));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private final class CountedWork implements Work {
        private final Work work;
        private final AtomicBoolean finished = new AtomicBoolean();

        CountedWork(Work work) {
            this.work = work;
        }

        @Override
        public @Nullable Response execute() {
            Response response;
            try {
                response = work.execute();
            } catch (RuntimeException | Error e) {
                // the limiter logs it and drops the request
                finished();
                throw e;
            }
            if (response != null && response.code() == TOO_MANY_REQUESTS) {
                metrics.rateLimited(Platform.DISCORD, retryAfter(response));
            }
            return response;
        }

        @Override
        public Route.CompiledRoute getRoute() {
            return work.getRoute();
        }

        @Override
        public JDA getJDA() {
            return work.getJDA();
        }

        @Override
        public boolean isSkipped() {
            return finishedIf(work.isSkipped());
        }

        @Override
        public boolean isDone() {
            return finishedIf(work.isDone());
        }

        @Override
        public boolean isPriority() {
            return work.isPriority();
        }

        @Override
        public boolean isCancelled() {
            return work.isCancelled();
        }

        @Override
        public void cancel() {
            work.cancel();
            finished();
        }

        /** The limiter asks whether a request is done or skipped before it drops it. */
        private boolean finishedIf(boolean over) {
            if (over) {
                finished();
            }
            return over;
        }

        void finished() {
            if (finished.compareAndSet(false, true)) {
                queued.finished();
            }
        }
    }
}
