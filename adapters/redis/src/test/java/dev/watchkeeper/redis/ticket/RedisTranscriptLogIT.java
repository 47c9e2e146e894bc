package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.model.TranscriptLogContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisTranscriptLogIT extends TranscriptLogContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected TranscriptLog newLog() {
        return new RedisTranscriptLog(redis.open(), 3);
    }

    @Override
    protected TranscriptLog reopened(TranscriptLog current) {
        return new RedisTranscriptLog(redis.open(), 3);
    }
}
