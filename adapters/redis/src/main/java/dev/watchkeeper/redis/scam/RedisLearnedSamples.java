package dev.watchkeeper.redis.scam;

import dev.watchkeeper.core.scam.LearnedSample;
import dev.watchkeeper.core.scam.LearnedSamples;
import dev.watchkeeper.redis.RedisStores;
import java.util.List;

/**
 * Moderators' samples as a Redis list of versioned JSON ({@code wk:samples}), oldest first. Texts
 * arrive redacted. Adds wait in the write-behind buffer during an outage. Thread-safe; one round
 * trip per call.
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
        redis.writeBehind().write("learned sample", () -> redis.commands().rpush(key, json));
    }

    @Override
    public List<LearnedSample> all() {
        return redis.commands().lrange(key, 0, -1).stream()
                .map(json -> redis.codec().read(json, LearnedSample.class))
                .toList();
    }
}
