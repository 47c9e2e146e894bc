package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

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
