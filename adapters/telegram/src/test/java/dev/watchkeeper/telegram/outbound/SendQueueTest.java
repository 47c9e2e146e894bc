package dev.watchkeeper.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.bot.SendWait;
import dev.watchkeeper.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class SendQueueTest {
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private SendQueue queue;

    @AfterEach
    void close() {
        queue.close();
    }

    @Test
    void aDeleteQueuedBehindARateLimitedReplyInTheSameChatGoesFirst() {
        // Messages must wait a long time; deletes are not limited.
        queue = queue((scope, chat, group, at) -> Duration.ofSeconds(30), Duration.ofMinutes(5));

        queue.enqueue(List.of(step("reply", true, SendPriority.REPLY), step("reply 2", true, SendPriority.REPLY)));
        awaitDepth(SendPriority.REPLY, 2);
        queue.enqueue(List.of(step("delete", false, SendPriority.MODERATION)));

        await(() -> done.contains("delete"));
        assertThat(done).containsExactly("delete");
        assertThat(queue.depth(SendPriority.MODERATION)).isZero();
        assertThat(queue.depth(SendPriority.REPLY)).isEqualTo(2);
    }

    @Test
    void withinAChatModerationGoesBeforeRepliesAndEachKeepsItsOrder() {
        AtomicInteger calls = new AtomicInteger();
        // The first message waits a little, so everything below is queued before anything runs.
        queue = queue(
                (scope, chat, group, at) -> calls.getAndIncrement() == 0 ? Duration.ofMillis(300) : Duration.ZERO,
                Duration.ofMinutes(5));

        queue.enqueue(List.of(
                step("answer 1", true, SendPriority.REPLY),
                step("answer 2", true, SendPriority.REPLY),
                step("delete", false, SendPriority.MODERATION),
                step("card", true, SendPriority.MODERATION)));

        await(() -> done.size() == 4);
        assertThat(done).containsExactly("delete", "card", "answer 1", "answer 2");
    }

    @Test
    void aReplyThatWaitedLongerThanTheLimitIsDroppedButTicketWorkIsNot() {
        AtomicInteger asked = new AtomicInteger();
        queue = queue(
                (scope, chat, group, at) -> asked.getAndIncrement() < 1 ? Duration.ofMillis(200) : Duration.ZERO,
                Duration.ofSeconds(30));

        queue.enqueue(List.of(step("old reply", true, SendPriority.REPLY), step("relay", true, SendPriority.TICKET)));
        now.set(now.get().plusSeconds(31));

        await(() -> done.contains("relay"));
        assertThat(done).containsExactly("relay");
        assertThat(dropped.get()).isEqualTo(1);
        await(queue::idle);
    }

    @Test
    void chatsWaitingForTheOverallLimitDoNotEachAskTheLimiterAgain() throws InterruptedException {
        OverallLimit limit = new OverallLimit();
        queue = queue(limit, Duration.ofMinutes(5));

        for (int i = 0; i < 500; i++) {
            queue.enqueue(List.of(step("chat" + i, "reply " + i, SendPriority.REPLY)));
        }
        Thread.sleep(500); // fifty refusals of 10 ms each

        // Each chat asking every 10 ms would be some 25,000 calls; one wake-up asking is about 50.
        assertThat(limit.asked.get()).isLessThan(1_000);
        assertThat(done).isEmpty();

        limit.slots.set(500);
        await(() -> done.size() == 500);
        assertThat(limit.asked.get()).isLessThan(2_000);
        await(queue::idle);
    }

    @Test
    void chatsWaitingForTheOverallLimitGoModerationFirstThenInQueueOrder() throws InterruptedException {
        OverallLimit limit = new OverallLimit();
        queue = queue(limit, Duration.ofMinutes(5));
        List<String> expected = new ArrayList<>();
        expected.add("card");
        for (int i = 0; i < 20; i++) {
            queue.enqueue(List.of(step("chat" + i, "reply " + i, SendPriority.REPLY)));
            expected.add("reply " + i);
            now.set(now.get().plusMillis(1));
        }
        Thread.sleep(100);
        queue.enqueue(List.of(step("chat99", "card", SendPriority.MODERATION)));
        Thread.sleep(100);

        for (int sent = 1; sent <= 21; sent++) {
            limit.slots.set(1);
            int expectedDone = sent;
            await(() -> done.size() == expectedDone);
        }

        assertThat(done).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsATooManyRequestsAnswerWithTheWaitTelegramAsksAndRetriesAfterIt() {
        List<Duration> limited = new CopyOnWriteArrayList<>();
        SendMetrics metrics = new SendMetrics() {
            @Override
            public void rateLimited(Platform platform, Duration retryAfter) {
                limited.add(retryAfter);
            }
        };
        queue = new SendQueue(
                (scope, chat, group, at) -> Duration.ZERO,
                "telegram:1",
                SendQueue.Backoff.standard(),
                clock,
                2,
                Duration.ofMinutes(5),
                metrics);
        AtomicInteger tries = new AtomicInteger();

        queue.enqueue(List.of(new ApiStep(
                "-100",
                true,
                true,
                () -> {
                    if (tries.incrementAndGet() == 1) {
                        throw new TelegramApiRequestException(
                                "429",
                                new ApiResponse<>(
                                        false,
                                        429,
                                        "Too Many Requests: retry after 1",
                                        new ResponseParameters(null, 1),
                                        null));
                    }
                    done.add("reply");
                },
                e -> {},
                SendPriority.REPLY)));

        await(() -> done.contains("reply"));
        assertThat(limited).containsExactly(Duration.ofSeconds(1));
        assertThat(tries).hasValue(2);
    }

    /** Refuses on the overall limit, for 10 ms at a time, until given slots; counts the calls. */
    private static final class OverallLimit implements SendRateLimiter {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger slots = new AtomicInteger();

        @Override
        public Duration tryAcquire(String scope, String chat, boolean group, Instant at) {
            return tryAcquireWithReason(scope, chat, group, at).delay();
        }

        @Override
        public SendWait tryAcquireWithReason(String scope, String chat, boolean group, Instant at) {
            asked.incrementAndGet();
            return slots.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    ? SendWait.NONE
                    : new SendWait(Duration.ofMillis(10), true);
        }
    }

    private SendQueue queue(SendRateLimiter limiter, Duration maxReplyAge) {
        SendMetrics metrics = new SendMetrics() {
            @Override
            public void dropped(Platform platform, SendPriority priority) {
                dropped.incrementAndGet();
            }
        };
        return new SendQueue(limiter, "telegram:1", SendQueue.Backoff.standard(), clock, 2, maxReplyAge, metrics);
    }

    private ApiStep step(String name, boolean limited, SendPriority priority) {
        return new ApiStep("-100", true, limited, () -> done.add(name), e -> {}, priority);
    }

    private ApiStep step(String chat, String name, SendPriority priority) {
        return new ApiStep(chat, false, true, () -> done.add(name), e -> {}, priority);
    }

    private void awaitDepth(SendPriority priority, int depth) {
        await(() -> queue.depth(priority) == depth);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
