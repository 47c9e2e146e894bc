package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    private final Random random = new Random(42);

    @RepeatedTest(20)
    void doublesPerFailureWithTheJitterInTheUpperHalf() {
        for (int failures = 1; failures <= 6; failures++) {
            long full = 1000L << (failures - 1);

            Duration wait = backoff.delay(failures, null, random);

            assertThat(wait.toMillis()).isBetween(full / 2, full);
        }
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.delay(40, null, random).toMillis()).isBetween(30_000L, 60_000L);
        assertThat(backoff.delay(Integer.MAX_VALUE, null, random)).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterSpreadsSendersApart() {
        assertThat(java.util.stream.IntStream.range(0, 50)
                        .mapToObj(i -> backoff.delay(5, null, random))
                        .distinct()
                        .count())
                .isGreaterThan(10);
    }

    @Test
    void waitsAsLongAsTheReceiverAsksWhenThatIsLonger() {
        assertThat(backoff.delay(1, Duration.ofSeconds(30), random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1, Duration.ofHours(1), random)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(6, Duration.ofSeconds(1), random).toMillis()).isGreaterThanOrEqualTo(16_000);
    }

    @Test
    void refusesAMaximumBelowTheStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial <= max");
    }
}
