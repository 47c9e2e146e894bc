package dev.watchkeeper.redis.audit;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.audit.AuditLogContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisAuditLogIT extends AuditLogContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected AuditLog newLog() {
        return new RedisAuditLog(redis.open());
    }

    @Override
    protected AuditLog reopened(AuditLog current) {
        return new RedisAuditLog(redis.open());
    }
}
