package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Send limits shared by every instance on one Redis: each window is a sorted set of sends scored
 * by their time in milliseconds, {@code wk:sendlimit:<scope>:chat:<chat>} per chat and {@code
 * wk:sendlimit:<scope>:all} over all chats, and one Lua script per acquire trims them, checks
 * every limit and records the send, so instances asking at once never take more slots together
 * than the limits hold. The sets expire a little after their longest window.
 *
 * <p>Times are the callers' clocks, to the millisecond, so instances' clocks must agree (NTP):
 * a clock {@code d} ahead lets its instance send up to {@code d} early against the others' sends;
 * the platform's own "retry after" answer covers that rare excess.
 *
 * <p>While Redis cannot be reached, each instance keeps the limits alone ({@link
 * InMemorySendRateLimiter}), so sending never stops; one warning says so, and Redis is tried again
 * after {@link #RETRY_AFTER}. Thread-safe; one round trip per call, never throws.
 */
public final class RedisSendRateLimiter implements SendRateLimiter {
    /** How long after a failure sends are paced in memory before Redis is asked again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(RedisSendRateLimiter.class);
    private static final String SECOND_MS = String.valueOf(SendLimits.SECOND.toMillis());
    private static final String MINUTE_MS = String.valueOf(SendLimits.MINUTE.toMillis());
    /** Kept past their window, so that an instance whose clock is behind still sees them. */
    private static final long EXPIRY_MARGIN_MS = 1_000;

    private static final String ACQUIRE =
            """
            -- KEYS: the chat's window, the scope's window over all chats
            -- ARGV: now (ms), this send's member, group (1 or 0), a second and a minute (ms),
            --       the per-chat, per-group and overall limits, the expiry margin (ms)
            local now = tonumber(ARGV[1])
            local second, minute = tonumber(ARGV[4]), tonumber(ARGV[5])
            local function wait(key, limit, window)
              local kept = redis.call('ZRANGE', key, '+inf', '(' .. (now - window),
                'BYSCORE', 'REV', 'LIMIT', limit - 1, 1, 'WITHSCORES')
              if #kept == 0 then return 0 end
              return tonumber(kept[2]) + window - now
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - minute)
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - second)
            local w = wait(KEYS[1], tonumber(ARGV[6]), second)
            if ARGV[3] == '1' then w = math.max(w, wait(KEYS[1], tonumber(ARGV[7]), minute)) end
            w = math.max(w, wait(KEYS[2], tonumber(ARGV[8]), second))
            if w > 0 then return w end
            redis.call('ZADD', KEYS[1], now, ARGV[2])
            redis.call('ZADD', KEYS[2], now, ARGV[2])
            redis.call('PEXPIRE', KEYS[1], minute + tonumber(ARGV[9]))
            redis.call('PEXPIRE', KEYS[2], second + tonumber(ARGV[9]))
            return 0
            """;

    private final RedisStores redis;
    private final SendLimits limits;
    private final SendRateLimiter alone;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sends = new AtomicLong();
    private final AtomicBoolean away = new AtomicBoolean();
    private volatile Instant askRedisFrom = Instant.MIN;

    public RedisSendRateLimiter(RedisStores redis, SendLimits limits) {
        this.redis = redis;
        this.limits = limits;
        this.alone = new InMemorySendRateLimiter(limits);
    }

    @Override
    public Duration tryAcquire(String scope, String chat, boolean group, Instant now) {
        if (now.isBefore(askRedisFrom)) {
            return alone.tryAcquire(scope, chat, group, now);
        }
        try {
            Long wait = redis.eval(
                    ACQUIRE,
                    ScriptOutputType.INTEGER,
                    new String[] {redis.key("sendlimit", scope, "chat", chat), redis.key("sendlimit", scope, "all")},
                    String.valueOf(now.toEpochMilli()),
                    instance + ":" + sends.incrementAndGet(),
                    group ? "1" : "0",
                    SECOND_MS,
                    MINUTE_MS,
                    String.valueOf(limits.perChatPerSecond()),
                    String.valueOf(limits.perGroupPerMinute()),
                    String.valueOf(limits.overallPerSecond()),
                    String.valueOf(EXPIRY_MARGIN_MS));
            if (away.compareAndSet(true, false)) {
                log.info("Redis is back: send limits are shared by the instances again");
            }
            return Duration.ofMillis(wait == null ? 0 : wait);
        } catch (RedisException e) {
            askRedisFrom = now.plus(RETRY_AFTER);
            if (away.compareAndSet(false, true)) {
                log.warn(
                        "Redis unreachable ({}): this instance paces its sends alone until it is back",
                        e.getClass().getSimpleName());
            }
            return alone.tryAcquire(scope, chat, group, now);
        }
    }
}
