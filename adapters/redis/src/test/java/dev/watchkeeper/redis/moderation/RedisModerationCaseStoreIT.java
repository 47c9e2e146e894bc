package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationCaseStoreContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisModerationCaseStoreIT extends ModerationCaseStoreContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private ModerationCaseStore create(RedisStores stores) {
        return new RedisModerationCaseStore(stores);
    }

    @Override
    protected ModerationCaseStore newStore() {
        return create(connections.open(prefix));
    }

    @Override
    protected ModerationCaseStore reopened(ModerationCaseStore current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
