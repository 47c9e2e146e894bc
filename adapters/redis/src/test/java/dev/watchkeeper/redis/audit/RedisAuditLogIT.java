package dev.watchkeeper.redis.audit;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.audit.AuditLogContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisAuditLogIT extends AuditLogContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private AuditLog create(RedisStores stores) {
        return new RedisAuditLog(stores);
    }

    @Override
    protected AuditLog newLog() {
        return create(connections.open(prefix));
    }

    @Override
    protected AuditLog reopened(AuditLog current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
