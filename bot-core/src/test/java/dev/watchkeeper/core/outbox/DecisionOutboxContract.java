package dev.watchkeeper.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** What every {@link DecisionOutbox} does; subclasses give a fresh, empty outbox. */
public abstract class DecisionOutboxContract {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final Duration SHORT = Duration.ofMillis(50);

    protected abstract DecisionOutbox outbox();

    protected static List<Decision> batch(String text) {
        return List.of(
                new DeleteMessage(ReplyTarget.chat(GROUP), new MessageRef(GROUP, "7"), "scam"),
                Reply.of(ReplyTarget.chat(GROUP), text));
    }

    @Test
    void appendedBatchesAreTakenOnceInOrderAndWhole() {
        DecisionOutbox outbox = outbox();
        outbox.append(Platform.TELEGRAM, batch("one"));
        outbox.append(Platform.TELEGRAM, batch("two"));
        outbox.append(Platform.DISCORD, batch("elsewhere"));

        List<OutboxEntry> taken = outbox.take(Platform.TELEGRAM, "a", 10, SHORT);

        assertThat(taken).extracting(OutboxEntry::decisions).containsExactly(batch("one"), batch("two"));
        assertThat(taken).extracting(OutboxEntry::platform).containsOnly(Platform.TELEGRAM);
        assertThat(outbox.take(Platform.TELEGRAM, "b", 10, SHORT)).isEmpty();
        assertThat(outbox.pending(Platform.TELEGRAM)).isEqualTo(2);
    }

    @Test
    void aDoneEntryIsGoneForGood() throws Exception {
        DecisionOutbox outbox = outbox();
        outbox.append(Platform.TELEGRAM, batch("one"));
        OutboxEntry entry = outbox.take(Platform.TELEGRAM, "a", 10, SHORT).getFirst();

        outbox.done(Platform.TELEGRAM, entry.id());
        Thread.sleep(150);

        assertThat(outbox.claimIdle(Platform.TELEGRAM, "b", Duration.ofMillis(100), 10))
                .isEmpty();
        assertThat(outbox.take(Platform.TELEGRAM, "b", 10, SHORT)).isEmpty();
        assertThat(outbox.pending(Platform.TELEGRAM)).isZero();
    }

    @Test
    void anEntryTakenAndLeftIsClaimedOnceItIsIdleAndThenByOneSenderOnly() throws Exception {
        DecisionOutbox outbox = outbox();
        outbox.append(Platform.TELEGRAM, batch("one"));
        outbox.take(Platform.TELEGRAM, "dead", 10, SHORT);

        assertThat(outbox.claimIdle(Platform.TELEGRAM, "b", Duration.ofSeconds(10), 10))
                .isEmpty();
        Thread.sleep(250);
        List<OutboxEntry> claimed = outbox.claimIdle(Platform.TELEGRAM, "b", Duration.ofMillis(200), 10);

        assertThat(claimed).extracting(OutboxEntry::decisions).containsExactly(batch("one"));
        assertThat(outbox.claimIdle(Platform.TELEGRAM, "c", Duration.ofMillis(200), 10))
                .isEmpty();
    }

    @Test
    void anEntryItsSenderTouchesIsNotClaimed() throws Exception {
        DecisionOutbox outbox = outbox();
        outbox.append(Platform.TELEGRAM, batch("one"));
        OutboxEntry entry = outbox.take(Platform.TELEGRAM, "a", 10, SHORT).getFirst();

        // idle for longer than the limit since it was taken, but not since it was touched; the
        // margins are wide so that a loaded machine's late wake-ups do not decide the outcome
        Thread.sleep(700);
        outbox.touch(Platform.TELEGRAM, "a", List.of(entry.id()));
        Thread.sleep(700);

        assertThat(outbox.claimIdle(Platform.TELEGRAM, "b", Duration.ofMillis(1_200), 10))
                .isEmpty();
    }

    @Test
    void aNewSenderCarriesOutEveryRecordedBatchOnceAfterTheFirstIsDroppedWithoutDraining() {
        DecisionOutbox outbox = outbox();
        for (int i = 0; i < 20; i++) {
            outbox.append(Platform.TELEGRAM, batch(Integer.toString(i)));
        }
        List<String> carriedOut = new CopyOnWriteArrayList<>();
        Map<String, Runnable> stuck = new ConcurrentHashMap<>();
        // The first sender carries out the first eight; the rest wait in its queue when it dies.
        OutboxPump first = new OutboxPump(
                        outbox,
                        Platform.TELEGRAM,
                        "first",
                        (decisions, settled) -> {
                            String n = text(decisions);
                            if (Integer.parseInt(n) < 8) {
                                carriedOut.add(n);
                                settled.run();
                            } else {
                                stuck.put(n, settled);
                            }
                        },
                        SHORT,
                        Duration.ofMillis(300))
                .start();
        await(() -> carriedOut.size() == 8 && stuck.size() == 12);
        first.close();

        try (OutboxPump second = new OutboxPump(
                        outbox,
                        Platform.TELEGRAM,
                        "second",
                        (decisions, settled) -> {
                            carriedOut.add(text(decisions));
                            settled.run();
                        },
                        SHORT,
                        Duration.ofMillis(300))
                .start()) {
            await(() -> outbox.pending(Platform.TELEGRAM) == 0);
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(Integer.toString(i));
        }
        assertThat(carriedOut).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String text(List<Decision> decisions) {
        return ((Reply) decisions.get(1)).text();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
