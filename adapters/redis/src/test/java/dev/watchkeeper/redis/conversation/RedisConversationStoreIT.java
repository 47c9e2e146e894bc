package dev.watchkeeper.redis.conversation;

import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.ConversationStoreContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class RedisConversationStoreIT extends ConversationStoreContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private ConversationStore create(RedisStores stores) {
        return new RedisConversationStore(stores, Duration.ofHours(1), Clock.systemUTC());
    }

    @Override
    protected ConversationStore newStore() {
        return create(connections.open(prefix));
    }

    @Override
    protected ConversationStore reopened(ConversationStore current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
