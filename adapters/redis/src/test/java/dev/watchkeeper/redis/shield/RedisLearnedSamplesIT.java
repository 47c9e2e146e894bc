package dev.watchkeeper.redis.shield;

import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.shield.LearnedSamplesContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisLearnedSamplesIT extends LearnedSamplesContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected LearnedSamples newSamples() {
        return new RedisLearnedSamples(redis.open());
    }

    @Override
    protected LearnedSamples reopened(LearnedSamples current) {
        return new RedisLearnedSamples(redis.open());
    }
}
