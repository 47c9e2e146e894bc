package dev.watchkeeper.redis.shield;

import dev.watchkeeper.core.shield.LearnedSample;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.redis.RedisStores;
import java.util.List;

/**
 * Moderators' samples as a Redis list of versioned JSON ({@code wk:samples}), oldest first. Texts
 * arrive redacted. Adds are pipelined through the write-behind buffer (waiting there during an outage; a
 * retried one may land twice, so reads return distinct samples). Thread-safe; a read is one round
 * trip, an add does not wait for Redis.
 */
public final class RedisLearnedSamples implements LearnedSamples {
    private final RedisStores redis;
    private final String key;

    public RedisLearnedSamples(RedisStores redis) {
        this.redis = redis;
        this.key = redis.key("samples");
    }

    @Override
    public void add(LearnedSample sample) {
        String json = redis.codec().write(sample);
        redis.writeBehind().write("learned sample", () -> redis.async().rpush(key, json));
    }

    @Override
    public List<LearnedSample> all() {
        return RedisStores.orUnavailable(
                        "learned samples read", () -> redis.commands().lrange(key, 0, -1))
                .stream()
                .map(json -> redis.codec().read(json, LearnedSample.class))
                .distinct()
                .toList();
    }
}
