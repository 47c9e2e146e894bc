package dev.watchkeeper.core.ticket.report;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters in this process's memory: they start at zero on every start. Thread-safe; never blocks. */
public final class InMemorySupportCounters implements SupportCounters {
    private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public long add(String counter, long delta) {
        return counters.computeIfAbsent(counter, c -> new AtomicLong()).addAndGet(delta);
    }

    @Override
    public long get(String counter) {
        AtomicLong value = counters.get(counter);
        return value == null ? 0 : value.get();
    }
}
