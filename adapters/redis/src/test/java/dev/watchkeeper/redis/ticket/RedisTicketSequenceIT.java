package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.TicketSequence;
import dev.watchkeeper.core.ticket.TicketSequenceContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisTicketSequenceIT extends TicketSequenceContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private TicketSequence create(RedisStores stores) {
        return new RedisTicketSequence(stores, 1000);
    }

    @Override
    protected TicketSequence newSequence() {
        return create(connections.open(prefix));
    }

    @Override
    protected TicketSequence another(TicketSequence current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
