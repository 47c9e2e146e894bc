package dev.watchkeeper.redis.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.bot.SendRateLimiterContract;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.TestRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSendRateLimiterIT extends SendRateLimiterContract {
    private final TestRedis server = TestRedis.shared();

    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected SendRateLimiter newLimiter() {
        return new RedisSendRateLimiter(redis.open(), SendLimits.telegram());
    }

    @Override
    protected SendRateLimiter another(SendRateLimiter current) {
        return new RedisSendRateLimiter(redis.open(), SendLimits.telegram());
    }

    @AfterEach
    void close() {
        // a test that stopped the server leaves it running again before the keyspace closes
        server.start();
    }

    @Test
    void keepsTheLimitsInThisInstanceWhileRedisIsAwayAndSharesThemAgainAfter() {
        SendRateLimiter limiter = newLimiter();
        SendRateLimiter other = another(limiter);
        Instant now = Instant.now();

        server.stop();
        assertThat(limiter.tryAcquire("telegram:1", "42", false, now)).isZero();
        assertThat(limiter.tryAcquire("telegram:1", "42", false, now.plusMillis(100)))
                .isEqualTo(Duration.ofMillis(900));
        server.start();
        Instant later = now.plus(RedisSendRateLimiter.RETRY_AFTER);
        Duration shared = Duration.ZERO;
        for (int attempt = 0; attempt < 100 && shared.isZero(); attempt++) {
            assertThat(limiter.tryAcquire("telegram:1", "7", false, later)).isZero();
            shared = other.tryAcquire("telegram:1", "7", false, later);
            later = later.plusSeconds(1);
            sleep();
        }

        assertThat(shared).as("the instances share the limits again").isEqualTo(Duration.ofSeconds(1));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
