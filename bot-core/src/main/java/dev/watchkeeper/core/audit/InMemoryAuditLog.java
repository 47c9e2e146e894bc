package dev.watchkeeper.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Audit entries in this process's memory, for the embedded demo and tests. Thread-safe; never blocks. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> since(Instant from) {
        return entries.stream().filter(e -> !e.at().isBefore(from)).toList();
    }
}
