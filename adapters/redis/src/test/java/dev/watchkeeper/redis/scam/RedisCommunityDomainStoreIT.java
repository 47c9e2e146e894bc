package dev.watchkeeper.redis.scam;

import dev.watchkeeper.core.scam.CommunityDomainStore;
import dev.watchkeeper.core.scam.CommunityDomainStoreContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisCommunityDomainStoreIT extends CommunityDomainStoreContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private CommunityDomainStore create(RedisStores stores) {
        return new RedisCommunityDomainStore(stores);
    }

    @Override
    protected CommunityDomainStore newStore() {
        return create(connections.open(prefix));
    }

    @Override
    protected CommunityDomainStore reopened(CommunityDomainStore current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
