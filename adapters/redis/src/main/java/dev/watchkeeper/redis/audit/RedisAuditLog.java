package dev.watchkeeper.redis.audit;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The audit log as a Redis stream ({@code wk:audit}): one entry per action, its versioned JSON in
 * the field {@code e}. Append-only and never trimmed (erasure and retention leave a trace there).
 * Appends are pipelined through the write-behind buffer (waiting there during an outage; one
 * retried after a broken connection may land twice or late). {@link #since} reads the whole
 * stream, filters by each entry's own time (an entry's time need not be its stream id's time) and
 * returns distinct entries in time order: meant
 * for audits and reports, not the hot path. Thread-safe; one round trip per call.
 */
public final class RedisAuditLog implements AuditLog {
    private final RedisStores redis;
    private final String key;

    public RedisAuditLog(RedisStores redis) {
        this.redis = redis;
        this.key = redis.key("audit");
    }

    @Override
    public void record(AuditEntry entry) {
        Map<String, String> body = Map.of("e", redis.codec().write(entry));
        redis.writeBehind().write("audit", () -> redis.async().xadd(key, body));
    }

    @Override
    public List<AuditEntry> since(Instant from) {
        List<StreamMessage<String, String>> messages = redis.commands().xrange(key, Range.create("-", "+"));
        return messages.stream()
                .map(m -> redis.codec().read(m.getBody().get("e"), AuditEntry.class))
                .filter(e -> !e.at().isBefore(from))
                .distinct()
                .sorted(Comparator.comparing(AuditEntry::at))
                .toList();
    }
}
