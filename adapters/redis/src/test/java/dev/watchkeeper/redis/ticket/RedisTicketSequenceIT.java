package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketSequenceContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisTicketSequenceIT extends TicketSequenceContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected TicketSequence newSequence() {
        return new RedisTicketSequence(redis.open(), 1000);
    }

    @Override
    protected TicketSequence another(TicketSequence current) {
        return new RedisTicketSequence(redis.open(), 1000);
    }
}
