package dev.watchkeeper.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final RateLimiter limiter = new RateLimiter(RateLimiter.Limits.telegram());
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void allowsOneMessagePerSecondInAChat() {
        assertThat(limiter.tryAcquire("42", false, now)).isZero();

        assertThat(limiter.tryAcquire("42", false, now.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
        assertThat(limiter.tryAcquire("42", false, now.plusSeconds(1))).isZero();
    }

    @Test
    void chatsDoNotWaitForEachOther() {
        assertThat(limiter.tryAcquire("1", false, now)).isZero();
        assertThat(limiter.tryAcquire("2", false, now)).isZero();
    }

    @Test
    void allowsTwentyMessagesAMinuteInAGroup() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("-100", true, now.plusSeconds(i))).isZero();
        }

        Instant at = now.plusSeconds(20);
        assertThat(limiter.tryAcquire("-100", true, at)).isEqualTo(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire("-100", true, now.plusSeconds(60))).isZero();
    }

    @Test
    void allowsThirtyMessagesASecondOverall() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire("chat" + i, false, now.plusMillis(i))).isZero();
        }

        assertThat(limiter.tryAcquire("chat30", false, now.plusMillis(500))).isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("chat30", false, now.plusMillis(1000))).isZero();
    }

    @Test
    void aRefusedAttemptTakesNoSlot() {
        limiter.tryAcquire("42", false, now);
        limiter.tryAcquire("42", false, now.plusMillis(100));
        limiter.tryAcquire("42", false, now.plusMillis(200));

        assertThat(limiter.tryAcquire("42", false, now.plusSeconds(1))).isZero();
    }
}
