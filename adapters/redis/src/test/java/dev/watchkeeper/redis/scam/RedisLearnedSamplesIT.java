package dev.watchkeeper.redis.scam;

import dev.watchkeeper.core.scam.LearnedSamples;
import dev.watchkeeper.core.scam.LearnedSamplesContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisLearnedSamplesIT extends LearnedSamplesContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private LearnedSamples create(RedisStores stores) {
        return new RedisLearnedSamples(stores);
    }

    @Override
    protected LearnedSamples newSamples() {
        return create(connections.open(prefix));
    }

    @Override
    protected LearnedSamples reopened(LearnedSamples current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
