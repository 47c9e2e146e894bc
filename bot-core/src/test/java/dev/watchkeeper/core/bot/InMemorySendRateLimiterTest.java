package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySendRateLimiterTest extends SendRateLimiterContract {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Override
    protected SendRateLimiter newLimiter() {
        return new InMemorySendRateLimiter(SendLimits.telegram());
    }

    @Test
    void saysWhenTheOverallLimitIsWhatRefuses() {
        SendRateLimiter limiter = newLimiter();
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquireWithReason("telegram:1", "chat" + i, false, START.plusMillis(i))
                            .granted())
                    .isTrue();
        }

        assertThat(limiter.tryAcquireWithReason("telegram:1", "chat30", false, START.plusMillis(500)))
                .isEqualTo(new SendWait(Duration.ofMillis(500), true));
    }

    @Test
    void saysWhenAChatsOwnLimitIsWhatRefuses() {
        SendRateLimiter limiter = newLimiter();
        limiter.tryAcquire("telegram:1", "42", false, START);

        assertThat(limiter.tryAcquireWithReason("telegram:1", "42", false, START.plusMillis(400)))
                .isEqualTo(new SendWait(Duration.ofMillis(600), false));
    }
}
