package dev.watchkeeper.redis.incident;

import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.IncidentStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisIncidentStoreIT extends IncidentStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected IncidentStore newStore() {
        return new RedisIncidentStore(redis.open());
    }

    @Override
    protected IncidentStore reopened(IncidentStore current) {
        return new RedisIncidentStore(redis.open());
    }

    @Override
    protected IncidentStore otherInstance(IncidentStore current) {
        return new RedisIncidentStore(redis.open());
    }
}
