package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.TicketStore;
import dev.watchkeeper.core.ticket.TicketStoreContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisTicketStoreIT extends TicketStoreContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private TicketStore create(RedisStores stores) {
        return new RedisTicketStore(stores);
    }

    @Override
    protected TicketStore newStore() {
        return create(connections.open(prefix));
    }

    @Override
    protected TicketStore reopened(TicketStore current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
