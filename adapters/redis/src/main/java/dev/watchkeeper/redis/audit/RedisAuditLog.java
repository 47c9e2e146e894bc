package dev.watchkeeper.redis.audit;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

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

    /**
     * Hands every entry to {@code sink} in stream order, reading {@code pageSize} at a time, for
     * backups. Blocks for a round trip per page; throws the core's {@code StoreUnavailableException}
     * when Redis does not answer.
     */
    public void each(int pageSize, Consumer<? super AuditEntry> sink) {
        String from = "-";
        while (true) {
            String start = from;
            List<StreamMessage<String, String>> page = RedisStores.orUnavailable(
                    "audit export", () -> redis.commands().xrange(key, Range.create(start, "+"), Limit.from(pageSize)));
            page.forEach(m -> sink.accept(redis.codec().read(m.getBody().get("e"), AuditEntry.class)));
            if (page.size() < pageSize) {
                return;
            }
            from = after(page.getLast().getId());
        }
    }

    /**
     * Appends an entry, not through the write-behind buffer, for restoring a backup. Sent without
     * waiting for the reply, which the caller waits for.
     */
    public CompletionStage<String> append(AuditEntry entry) {
        return redis.async().xadd(key, Map.of("e", redis.codec().write(entry)));
    }

    /** The stream id right after this one ({@code 5-3} → {@code 5-4}). */
    private static String after(String id) {
        int dash = id.indexOf('-');
        return id.substring(0, dash) + "-" + (Long.parseLong(id.substring(dash + 1)) + 1);
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
