package dev.watchkeeper.redis.conversation;

import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.ConversationStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisConversationStoreIT extends ConversationStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected ConversationStore newStore() {
        return new RedisConversationStore(redis.open(), Duration.ofHours(1), Clock.systemUTC());
    }

    @Override
    protected ConversationStore reopened(ConversationStore current) {
        return new RedisConversationStore(redis.open(), Duration.ofHours(1), Clock.systemUTC());
    }
}
