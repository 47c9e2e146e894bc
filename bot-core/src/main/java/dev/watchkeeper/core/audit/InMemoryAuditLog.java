package dev.watchkeeper.core.audit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Audit entries in this process's memory, for the embedded demo and tests: the most recent
 * {@code capacity} entries (older ones are dropped, so a long-running demo stays bounded).
 * Thread-safe; appends take constant time; never blocks beyond a short lock.
 */
public final class InMemoryAuditLog implements AuditLog {
    /** The default number of entries kept. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Deque<AuditEntry> entries = new ArrayDeque<>();
    private final int capacity;

    public InMemoryAuditLog() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryAuditLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    @Override
    public synchronized List<AuditEntry> since(Instant from) {
        List<AuditEntry> found = new ArrayList<>();
        for (AuditEntry entry : entries) {
            if (!entry.at().isBefore(from)) {
                found.add(entry);
            }
        }
        return found;
    }
}
