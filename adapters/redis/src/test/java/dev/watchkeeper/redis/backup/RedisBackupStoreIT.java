package dev.watchkeeper.redis.backup;

import dev.watchkeeper.core.backup.BackupStoreContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.audit.RedisAuditLog;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.incident.RedisIncidentStore;
import dev.watchkeeper.redis.moderation.RedisModerationCaseStore;
import dev.watchkeeper.redis.ticket.RedisTicketSequence;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.redis.ticket.RedisTranscriptLog;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The backup contract on a real Redis server: each set of stores on keys of its own. */
class RedisBackupStoreIT extends BackupStoreContract {
    private static final int MAX_TURNS = 20;

    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final Map<Stores, String> prefixes = new IdentityHashMap<>();

    @AfterEach
    void closeConnections() {
        connections.close();
    }

    @Override
    protected Stores newStores() {
        return open(TestRedis.freshPrefix());
    }

    @Override
    protected Stores reopened(Stores current) {
        return open(prefixes.get(current));
    }

    private Stores open(String prefix) {
        RedisStores redis = connections.open(prefix);
        Stores stores = new Stores(
                new RedisBackupStore(redis, MAX_TURNS),
                new RedisTicketStore(redis),
                new RedisTicketSequence(redis, 1),
                new RedisTranscriptLog(redis, MAX_TURNS),
                new RedisModerationCaseStore(redis),
                new RedisAuditLog(redis),
                new RedisAnswerFeedback(redis),
                new RedisIncidentStore(redis));
        prefixes.put(stores, prefix);
        return stores;
    }
}
