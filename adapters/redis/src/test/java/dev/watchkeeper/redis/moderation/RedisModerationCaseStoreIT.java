package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationCaseStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisModerationCaseStoreIT extends ModerationCaseStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected ModerationCaseStore newStore() {
        return new RedisModerationCaseStore(redis.open());
    }

    @Override
    protected ModerationCaseStore reopened(ModerationCaseStore current) {
        return new RedisModerationCaseStore(redis.open());
    }
}
