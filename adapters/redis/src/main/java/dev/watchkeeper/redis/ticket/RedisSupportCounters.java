package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.report.SupportCounters;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in one Redis hash ({@code wk:counters}, {@code HINCRBY}), shared by instances and kept
 * across restarts. During an outage increments wait in the write-behind buffer, and values are the
 * last ones read plus what this instance added since. Thread-safe; one round trip per call.
 */
public final class RedisSupportCounters implements SupportCounters {
    private final RedisStores redis;
    private final String key;
    private final ConcurrentMap<String, Long> lastKnown = new ConcurrentHashMap<>();

    public RedisSupportCounters(RedisStores redis) {
        this.redis = redis;
        this.key = redis.key("counters");
    }

    @Override
    public long add(String counter, long delta) {
        long guess = lastKnown.merge(counter, delta, Long::sum);
        redis.writeBehind().writeAndWait("counter", () -> redis.async()
                .hincrby(key, counter, delta)
                .thenAccept(total -> lastKnown.put(counter, total)));
        return lastKnown.getOrDefault(counter, guess);
    }

    @Override
    public long get(String counter) {
        try {
            String value = redis.commands().hget(key, counter);
            long known = value == null ? 0 : Long.parseLong(value);
            lastKnown.put(counter, known);
            return known;
        } catch (RedisException e) {
            return lastKnown.getOrDefault(counter, 0L);
        }
    }
}
