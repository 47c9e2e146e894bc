package dev.watchkeeper.redis.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.EventQueueContract;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisEventQueueIT extends EventQueueContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected EventQueue queue() {
        return new RedisEventQueue(redis.open());
    }

    @Test
    void anotherInstanceOnTheSameRedisSendsWhatOneQueued() {
        RedisStores first = redis.open();
        new RedisEventQueue(first).append("helpdesk", event("WK-1/opened/1"));
        first.close();

        EventQueue second = new RedisEventQueue(redis.open());

        assertThat(second.head("helpdesk")).contains(event("WK-1/opened/1"));
    }
}
