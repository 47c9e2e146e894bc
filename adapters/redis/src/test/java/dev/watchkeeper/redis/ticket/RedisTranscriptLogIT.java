package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.TranscriptLog;
import dev.watchkeeper.core.ticket.TranscriptLogContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisTranscriptLogIT extends TranscriptLogContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private TranscriptLog create(RedisStores stores) {
        return new RedisTranscriptLog(stores, 3);
    }

    @Override
    protected TranscriptLog newLog() {
        return create(connections.open(prefix));
    }

    @Override
    protected TranscriptLog reopened(TranscriptLog current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
