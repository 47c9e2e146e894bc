package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.report.SupportCounters;
import dev.watchkeeper.core.ticket.report.SupportCountersContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSupportCountersIT extends SupportCountersContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected SupportCounters newCounters() {
        return new RedisSupportCounters(redis.open());
    }

    @Override
    protected SupportCounters reopened(SupportCounters current) {
        return new RedisSupportCounters(redis.open());
    }
}
