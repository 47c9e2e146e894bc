package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.EventDeduplicatorContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class RedisEventDeduplicatorIT extends EventDeduplicatorContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private EventDeduplicator create(RedisStores stores) {
        return new RedisEventDeduplicator(stores, Duration.ofHours(1));
    }

    @Override
    protected EventDeduplicator newDeduplicator() {
        return create(connections.open(prefix));
    }

    @Override
    protected EventDeduplicator another(EventDeduplicator current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
