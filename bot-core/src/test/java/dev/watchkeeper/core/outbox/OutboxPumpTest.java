package dev.watchkeeper.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OutboxPumpTest {
    private static final ReplyTarget GENERAL = ReplyTarget.chat(new ChatRef(Platform.DISCORD, "202", ChatType.GROUP));

    private final DecisionOutbox outbox = new InMemoryDecisionOutbox(Clock.systemUTC());
    private final List<String> handed = new CopyOnWriteArrayList<>();
    private final List<Runnable> settlements = new CopyOnWriteArrayList<>();

    /** Remembers what it is handed; settles only when the test says so. */
    private final Delivery delivery = new Delivery() {
        @Override
        public void deliver(List<Decision> decisions, Runnable whenSettled) {
            throw new AssertionError("the pump hands whole entries");
        }

        @Override
        public void deliver(OutboxEntry entry, Runnable whenSettled) {
            handed.add(entry.id());
            settlements.add(whenSettled);
        }
    };

    @Test
    void handsEachEntryWithItsIdAndRemovesItOnceSettled() throws Exception {
        String id = outbox.append(Platform.DISCORD, List.of(Reply.of(GENERAL, "hello")));

        try (OutboxPump pump = new OutboxPump(
                        outbox, Platform.DISCORD, "only", delivery, Duration.ofMillis(50), Duration.ofMinutes(1))
                .start()) {
            awaitHanded(1);
            assertThat(handed).containsExactly(id);
            assertThat(outbox.pending(Platform.DISCORD)).isOne();

            settlements.getFirst().run();

            assertThat(outbox.pending(Platform.DISCORD)).isZero();
            assertThat(pump.inHand()).isZero();
        }
    }

    @Test
    void anEntryNeverSettledStaysInTheOutboxAfterTheStop() throws Exception {
        outbox.append(Platform.DISCORD, List.of(Reply.of(GENERAL, "hello")));

        try (OutboxPump pump = new OutboxPump(
                        outbox, Platform.DISCORD, "only", delivery, Duration.ofMillis(50), Duration.ofMinutes(1))
                .start()) {
            awaitHanded(1);
            assertThat(pump.inHand()).isOne();
        }

        assertThat(outbox.pending(Platform.DISCORD)).isOne();
    }

    private void awaitHanded(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (handed.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(handed).hasSize(count);
    }
}
