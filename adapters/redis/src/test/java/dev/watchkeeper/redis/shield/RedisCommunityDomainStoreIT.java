package dev.watchkeeper.redis.shield;

import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.CommunityDomainStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCommunityDomainStoreIT extends CommunityDomainStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected CommunityDomainStore newStore() {
        return new RedisCommunityDomainStore(redis.open());
    }

    @Override
    protected CommunityDomainStore reopened(CommunityDomainStore current) {
        return new RedisCommunityDomainStore(redis.open());
    }
}
