package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SendRateLimiter} must have, with Telegram's limits. */
public abstract class SendRateLimiterContract {
    private static final String BOT = "telegram:1001";
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    /** A limiter with {@link SendLimits#telegram()} that has counted nothing yet. */
    protected abstract SendRateLimiter newLimiter();

    /** A second limiter over the same counts (another instance); the same if there can be none. */
    protected SendRateLimiter another(SendRateLimiter current) {
        return current;
    }

    @Test
    void instancesOfOneBotShareItsLimits() {
        SendRateLimiter limiter = newLimiter();
        SendRateLimiter other = another(limiter);

        assertThat(limiter.tryAcquire(BOT, "42", false, now)).isZero();
        assertThat(other.tryAcquire(BOT, "42", false, now.plusMillis(250))).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void allowsOneMessageASecondInAChat() {
        SendRateLimiter limiter = newLimiter();

        assertThat(limiter.tryAcquire(BOT, "42", false, now)).isZero();
        assertThat(limiter.tryAcquire(BOT, "42", false, now.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
        assertThat(limiter.tryAcquire(BOT, "42", false, now.plusMillis(999))).isEqualTo(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(BOT, "42", false, now.plusSeconds(1))).isZero();
    }

    @Test
    void chatsDoNotWaitForEachOther() {
        SendRateLimiter limiter = newLimiter();

        assertThat(limiter.tryAcquire(BOT, "1", false, now)).isZero();
        assertThat(limiter.tryAcquire(BOT, "2", false, now)).isZero();
    }

    @Test
    void allowsTwentyMessagesAMinuteInAGroup() {
        SendRateLimiter limiter = newLimiter();
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire(BOT, "-100", true, now.plusSeconds(i)))
                    .isZero();
        }

        assertThat(limiter.tryAcquire(BOT, "-100", true, now.plusSeconds(20))).isEqualTo(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire(BOT, "-100", true, now.plusMillis(59_999)))
                .isEqualTo(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(BOT, "-100", true, now.plusSeconds(60))).isZero();
    }

    @Test
    void aPrivateChatHasNoMinuteLimit() {
        SendRateLimiter limiter = newLimiter();

        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(BOT, "42", false, now.plusSeconds(i))).isZero();
        }
    }

    @Test
    void allowsThirtyMessagesASecondOverall() {
        SendRateLimiter limiter = newLimiter();
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(BOT, "chat" + i, false, now.plusMillis(i)))
                    .isZero();
        }

        assertThat(limiter.tryAcquire(BOT, "chat30", false, now.plusMillis(500)))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(BOT, "chat30", false, now.plusMillis(1000)))
                .isZero();
        assertThat(limiter.tryAcquire(BOT, "chat31", false, now.plusMillis(1000)))
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aRefusedAttemptTakesNoSlot() {
        SendRateLimiter limiter = newLimiter();
        limiter.tryAcquire(BOT, "42", false, now);
        limiter.tryAcquire(BOT, "42", false, now.plusMillis(100));
        limiter.tryAcquire(BOT, "42", false, now.plusMillis(200));

        assertThat(limiter.tryAcquire(BOT, "42", false, now.plusSeconds(1))).isZero();
    }

    @Test
    void botsDoNotShareLimits() {
        SendRateLimiter limiter = newLimiter();

        assertThat(limiter.tryAcquire(BOT, "42", false, now)).isZero();
        assertThat(limiter.tryAcquire("telegram:1002", "42", false, now)).isZero();
        assertThat(limiter.tryAcquire(BOT, "42", false, now)).isEqualTo(Duration.ofSeconds(1));
    }
}
