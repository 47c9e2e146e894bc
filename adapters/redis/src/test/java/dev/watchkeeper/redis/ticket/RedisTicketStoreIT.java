package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisTicketStoreIT extends TicketStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected TicketStore newStore() {
        return new RedisTicketStore(redis.open());
    }

    @Override
    protected TicketStore reopened(TicketStore current) {
        return new RedisTicketStore(redis.open());
    }
}
