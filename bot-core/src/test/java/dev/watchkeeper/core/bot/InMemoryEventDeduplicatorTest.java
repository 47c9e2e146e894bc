package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryEventDeduplicatorTest extends EventDeduplicatorContract {
    @Override
    protected EventDeduplicator newDeduplicator() {
        return new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC());
    }

    @Test
    void forgetsTheOldestIdsPastItsCapacity() {
        EventDeduplicator dedup =
                new InMemoryEventDeduplicator(Duration.ofHours(1), 2, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        dedup.firstTime("a");
        dedup.firstTime("b");
        dedup.firstTime("c");

        assertThat(dedup.firstTime("a")).isTrue();
        assertThat(dedup.firstTime("c")).isFalse();
    }
}
