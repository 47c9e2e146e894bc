package dev.watchkeeper.redis.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances on one Redis: A runs no Telegram adapter and hands Telegram decisions to B, which does. */
class RedisDecisionRelayIT {
    private static final ChatRef DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final UserRef MEMBER = UserRef.member(Platform.TELEGRAM, "42");
    private static final Duration BLOCK = Duration.ofMillis(200);

    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();
    private final List<RedisDecisionConsumer> consumers = new ArrayList<>();

    private static SendPrivate message(String text) {
        return new SendPrivate(
                ReplyTarget.chat(DM), MEMBER, new TicketId("WK-1"), text, List.of(new Choice("Close", "close:WK-1")));
    }

    private RedisRemoteOutbound instance() {
        return new RedisRemoteOutbound(connections.open(prefix), 10_000);
    }

    private RedisDecisionConsumer consume(String name, Outbound local, Duration claimAfter) {
        RedisStores redis = connections.open(prefix);
        RedisDecisionConsumer consumer =
                RedisDecisionConsumer.start(redis, Platform.TELEGRAM, local, name, BLOCK, claimAfter);
        consumers.add(consumer);
        return consumer;
    }

    @AfterEach
    void close() {
        consumers.forEach(RedisDecisionConsumer::close);
        connections.close();
    }

    @Test
    void anInstanceWithoutTheAdapterHandsTheDecisionToTheOneWithIt() throws InterruptedException {
        RecordingOutbound telegramOnB = new RecordingOutbound();
        consume("b", telegramOnB, Duration.ofSeconds(30));
        SendPrivate decision = message("An agent answered: your deposit is credited.");

        instance().forward(Platform.TELEGRAM, List.of(decision));

        await(() -> telegramOnB.sent().size() == 1);
        Thread.sleep(3 * BLOCK.toMillis());
        assertThat(telegramOnB.sent()).containsExactly(decision);
    }

    @Test
    void ofInstancesRunningThePlatformExactlyOneCarriesOutEachBatchInOrder() throws InterruptedException {
        RecordingOutbound b = new RecordingOutbound();
        RecordingOutbound c = new RecordingOutbound();
        consume("b", b, Duration.ofSeconds(30));
        consume("c", c, Duration.ofSeconds(30));
        RedisRemoteOutbound a = instance();
        List<Decision> all = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            List<Decision> batch = List.of(message(i + " first"), message(i + " second"));
            all.addAll(batch);
            a.forward(Platform.TELEGRAM, batch);
        }

        await(() -> b.sent().size() + c.sent().size() >= all.size());
        Thread.sleep(3 * BLOCK.toMillis());
        List<Decision> received = new ArrayList<>(b.sent());
        received.addAll(c.sent());
        assertThat(received).containsExactlyInAnyOrderElementsOf(all);
        assertThat(b.sent()).isNotEmpty();
        assertThat(c.sent()).isNotEmpty();
        for (RecordingOutbound one : List.of(b, c)) {
            List<Decision> sent = one.sent();
            for (int i = 0; i < sent.size(); i += 2) {
                String first = ((SendPrivate) sent.get(i)).text();
                assertThat(((SendPrivate) sent.get(i + 1)).text()).isEqualTo(first.replace("first", "second"));
            }
        }
    }

    @Test
    void decisionsHandedOverWhileRedisIsAwayAreCarriedOutWhenItReturns() {
        RedisRemoteOutbound a = instance();
        SendPrivate decision = message("An agent answered while Redis was away.");
        try {
            TestRedis.shared().stop();
            a.forward(Platform.TELEGRAM, List.of(decision));
        } finally {
            TestRedis.shared().start();
        }
        RecordingOutbound telegramOnB = new RecordingOutbound();

        consume("b", telegramOnB, Duration.ofSeconds(30));

        await(() -> telegramOnB.sent().size() == 1);
        assertThat(telegramOnB.sent()).containsExactly(decision);
    }

    @Test
    void decisionsHandedOverWhileNoInstanceRunsThePlatformWaitForTheFirstThatDoes() {
        SendPrivate decision = message("sent while B restarts");
        instance().forward(Platform.TELEGRAM, List.of(decision));
        RecordingOutbound restarted = new RecordingOutbound();

        consume("b-restarted", restarted, Duration.ofSeconds(30));

        await(() -> restarted.sent().size() == 1);
        assertThat(restarted.sent()).containsExactly(decision);
    }

    @Test
    void aBatchWhoseSendingFailedIsTakenAgainAfterItWasIdle() {
        AtomicInteger calls = new AtomicInteger();
        RecordingOutbound flaky = new RecordingOutbound() {
            @Override
            public void send(List<Decision> decisions) {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("the Telegram adapter has not started");
                }
                super.send(decisions);
            }
        };
        consume("b", flaky, Duration.ofMillis(500));
        SendPrivate decision = message("retried");

        instance().forward(Platform.TELEGRAM, List.of(decision));

        await(() -> flaky.sent().size() == 1);
        assertThat(calls).hasValue(2);
        assertThat(flaky.sent()).containsExactly(decision);
    }

    @Test
    void theEntriesOfAnInstanceThatDiedBeforeAcknowledgingAreTakenByAnother() {
        RecordingOutbound hangs = new RecordingOutbound() {
            @Override
            public void send(List<Decision> decisions) {
                throw new IllegalStateException("crashed before acknowledging");
            }
        };
        RedisDecisionConsumer dying = consume("dying", hangs, Duration.ofHours(1));
        instance().forward(Platform.TELEGRAM, List.of(message("orphaned")));
        await(() -> pendingOf(dying) == 1);
        dying.close();
        RecordingOutbound survivor = new RecordingOutbound();

        consume("survivor", survivor, Duration.ofMillis(500));

        await(() -> survivor.sent().size() == 1);
        assertThat(survivor.sent()).containsExactly(message("orphaned"));
    }

    private long pendingOf(RedisDecisionConsumer consumer) {
        RedisStores redis = connections.open(prefix);
        return redis.commands()
                .xpending(RedisRemoteOutbound.streamKey(redis, Platform.TELEGRAM), RedisRemoteOutbound.GROUP)
                .getCount();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A platform adapter that records what it was asked to send. */
    static class RecordingOutbound implements Outbound {
        private final List<Decision> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(List<Decision> decisions) {
            sent.addAll(decisions);
        }

        List<Decision> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }
    }
}
