package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.SupportCounters;
import dev.watchkeeper.core.ticket.SupportCountersContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisSupportCountersIT extends SupportCountersContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private SupportCounters create(RedisStores stores) {
        return new RedisSupportCounters(stores);
    }

    @Override
    protected SupportCounters newCounters() {
        return create(connections.open(prefix));
    }

    @Override
    protected SupportCounters reopened(SupportCounters current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
