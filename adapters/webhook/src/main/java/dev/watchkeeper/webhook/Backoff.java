package dev.watchkeeper.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * How long to wait before the next attempt: exponential ({@code initial}, doubled per failed
 * attempt, at most {@code max}) with jitter (a random half of it added to the other half), so
 * receivers coming back from an outage are not hit by every sender at once. A receiver's {@code
 * Retry-After} wins when it asks for longer, up to {@code max}.
 *
 * @param initial the wait after the first failed attempt (before jitter)
 * @param max the longest wait
 */
public record Backoff(Duration initial, Duration max) {
    /** One second, doubling up to ten minutes. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10));

    public Backoff {
        requireNonNull(initial, "initial");
        requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /**
     * The wait after {@code failedAttempts} failures (1 after the first).
     *
     * @param retryAfter what the receiver asked for, if it did
     */
    public Duration delay(int failedAttempts, @Nullable Duration retryAfter, RandomGenerator random) {
        long cap = max.toMillis();
        long base = Math.min(cap, initial.toMillis());
        for (int i = 1; i < failedAttempts && base < cap; i++) {
            base = Math.min(cap, base * 2);
        }
        long half = base / 2;
        long jittered = half + random.nextLong(base - half + 1);
        long asked = retryAfter == null ? 0 : Math.min(cap, Math.max(0, retryAfter.toMillis()));
        return Duration.ofMillis(Math.max(jittered, asked));
    }
}
