package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.EventDeduplicator.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link EventDeduplicator} must have. */
public abstract class EventDeduplicatorContract {
    /** A deduplicator that has seen nothing. */
    protected abstract EventDeduplicator newDeduplicator();

    /** A second handle on the same memory (another instance); the same if there can be none. */
    protected EventDeduplicator another(EventDeduplicator current) {
        return current;
    }

    @Test
    void theFirstCallWinsAndLaterOnesDoNot() {
        EventDeduplicator dedup = newDeduplicator();

        assertThat(dedup.firstTime("telegram:update:1")).isTrue();
        assertThat(dedup.firstTime("telegram:update:1")).isFalse();
        assertThat(another(dedup).firstTime("telegram:update:1")).isFalse();
        assertThat(dedup.firstTime("telegram:update:2")).isTrue();
    }

    @Test
    void aClaimNotMarkedHandledIsHeldUntilItsLeaseLapsesThenTakenAgain() throws Exception {
        EventDeduplicator killed = newDeduplicator();
        EventDeduplicator restarted = another(killed);

        assertThat(killed.claim("telegram:update:3", Duration.ofMillis(300))).isEqualTo(Claim.TAKEN);
        assertThat(restarted.claim("telegram:update:3", Duration.ofMillis(300))).isEqualTo(Claim.HELD);
        assertThat(restarted.firstTime("telegram:update:3")).isFalse();
        Thread.sleep(450);

        assertThat(restarted.claim("telegram:update:3", Duration.ofSeconds(5))).isEqualTo(Claim.TAKEN);
        assertThat(killed.claim("telegram:update:3", Duration.ofSeconds(5))).isEqualTo(Claim.HELD);
    }

    @Test
    void aClaimMarkedHandledStaysHandledPastItsLease() throws Exception {
        EventDeduplicator dedup = newDeduplicator();
        assertThat(dedup.claim("telegram:update:4", Duration.ofMillis(100))).isEqualTo(Claim.TAKEN);
        dedup.handled("telegram:update:4");
        Thread.sleep(200);

        assertThat(another(dedup).claim("telegram:update:4", Duration.ofMillis(100)))
                .isEqualTo(Claim.HANDLED);
        assertThat(dedup.firstTime("telegram:update:4")).isFalse();
    }

    @Test
    void anEventTakenForTheWholeWindowCountsAsHandled() {
        EventDeduplicator dedup = newDeduplicator();
        dedup.firstTime("telegram:update:5");

        assertThat(another(dedup).claim("telegram:update:5", Duration.ofSeconds(1)))
                .isEqualTo(Claim.HANDLED);
    }

    @Test
    void ofInstancesReceivingOneEventAtOnceOneProcessesIt() throws Exception {
        EventDeduplicator first = newDeduplicator();
        EventDeduplicator second = another(first);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int winners = 0;
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                EventDeduplicator dedup = i % 2 == 0 ? first : second;
                takes.add(pool.submit(() -> {
                    start.await();
                    return dedup.firstTime("discord:interaction:77");
                }));
            }
            start.countDown();
            for (Future<Boolean> take : takes) {
                winners += take.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).isEqualTo(1);
    }
}
