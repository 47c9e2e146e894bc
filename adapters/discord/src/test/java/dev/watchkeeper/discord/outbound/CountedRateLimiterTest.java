package dev.watchkeeper.discord.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.bot.SendMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestRateLimiter;
import net.dv8tion.jda.api.requests.Route;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CountedRateLimiterTest {
    private final QueuedRequests queued = new QueuedRequests();
    private final HeldRequests held = new HeldRequests();
    private final CountedRateLimiter limiter = new CountedRateLimiter(held, SendMetrics.NONE, queued);

    @Test
    void aRequestIsPendingFromItsArrivalUntilTheLimiterSeesItDone() throws Exception {
        FakeWork work = new FakeWork();
        limiter.enqueue(work);
        assertThat(queued.pending()).isOne();

        RestRateLimiter.Work wrapped = held.works.getFirst();
        wrapped.execute();
        assertThat(wrapped.isDone()).isTrue();
        assertThat(wrapped.isDone()).isTrue();

        assertThat(queued.pending()).isZero();
        assertThat(queued.awaitNone(Duration.ZERO)).isTrue();
    }

    @Test
    void aRequestRetriedAfterA429StaysPending() {
        FakeWork work = new FakeWork();
        work.answersDone = false;
        limiter.enqueue(work);

        RestRateLimiter.Work wrapped = held.works.getFirst();
        wrapped.execute();

        assertThat(wrapped.isDone()).isFalse();
        assertThat(queued.pending()).isOne();
    }

    @Test
    void skippedCancelledAndFailedRequestsAreNoLongerPending() {
        FakeWork skipped = new FakeWork();
        skipped.skipped = true;
        FakeWork cancelled = new FakeWork();
        FakeWork failing = new FakeWork();
        failing.failure = new IllegalStateException("connection reset");
        List.of(skipped, cancelled, failing).forEach(limiter::enqueue);
        assertThat(queued.pending()).isEqualTo(3);

        assertThat(held.works.get(0).isSkipped()).isTrue();
        held.works.get(1).cancel();
        assertThatThrownBy(() -> held.works.get(2).execute()).hasMessage("connection reset");

        assertThat(queued.pending()).isZero();
    }

    @Test
    void waitingForPendingRequestsGivesUpAfterTheTimeout() throws Exception {
        limiter.enqueue(new FakeWork());

        assertThat(queued.awaitNone(Duration.ofMillis(50))).isFalse();
    }

    /** Holds what it is given, as JDA's limiter does while a bucket waits. */
    private static final class HeldRequests implements RestRateLimiter {
        final List<Work> works = new ArrayList<>();

        @Override
        public void enqueue(Work task) {
            works.add(task);
        }

        @Override
        public void stop(boolean shutdown, Runnable callback) {}

        @Override
        public boolean isStopped() {
            return false;
        }

        @Override
        public int cancelRequests() {
            return 0;
        }
    }

    private static final class FakeWork implements RestRateLimiter.Work {
        boolean answersDone = true;
        boolean skipped;
        boolean executed;

        @Nullable
        RuntimeException failure;

        @Override
        public @Nullable Response execute() {
            if (failure != null) {
                throw failure;
            }
            executed = true;
            return null;
        }

        @Override
        public Route.CompiledRoute getRoute() {
            return null;
        }

        @Override
        public JDA getJDA() {
            return null;
        }

        @Override
        public boolean isSkipped() {
            return skipped;
        }

        @Override
        public boolean isDone() {
            return skipped || (executed && answersDone);
        }

        @Override
        public boolean isPriority() {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void cancel() {}
    }
}
