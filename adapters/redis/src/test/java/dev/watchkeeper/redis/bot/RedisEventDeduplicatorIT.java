package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.EventDeduplicatorContract;
import dev.watchkeeper.redis.RedisKeyspace;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisEventDeduplicatorIT extends EventDeduplicatorContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected EventDeduplicator newDeduplicator() {
        return new RedisEventDeduplicator(redis.open(), Duration.ofHours(1));
    }

    @Override
    protected EventDeduplicator another(EventDeduplicator current) {
        return new RedisEventDeduplicator(redis.open(), Duration.ofHours(1));
    }
}
