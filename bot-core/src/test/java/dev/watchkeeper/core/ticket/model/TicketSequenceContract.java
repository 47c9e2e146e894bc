package dev.watchkeeper.core.ticket.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link TicketSequence} must have; {@link #newSequence} starts at 1000. */
public abstract class TicketSequenceContract {
    /** A sequence whose first number is 1000. */
    protected abstract TicketSequence newSequence();

    /** A second handle on the same numbers (another instance, or after a restart); the same if it cannot have one. */
    protected TicketSequence another(TicketSequence current) {
        return current;
    }

    @Test
    void startsAtTheFirstNumberAndCountsUp() {
        TicketSequence sequence = newSequence();

        assertThat(sequence.next()).isEqualTo(1000);
        assertThat(sequence.next()).isEqualTo(1001);
    }

    @Test
    void neverReturnsANumberTwiceAcrossThreadsAndHandles() throws Exception {
        TicketSequence first = newSequence();
        TicketSequence second = another(first);
        Set<Long> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                TicketSequence sequence = i % 2 == 0 ? first : second;
                work.add(pool.submit(() -> {
                    for (int n = 0; n < 100; n++) {
                        assertThat(numbers.add(sequence.next())).isTrue();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).hasSize(400);
    }
}
