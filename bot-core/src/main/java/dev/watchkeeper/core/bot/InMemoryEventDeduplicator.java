package dev.watchkeeper.core.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers event ids in this process's memory for a time window and up to a number of ids (the
 * oldest are forgotten first). Right for one instance; several instances need a shared
 * implementation. Thread-safe under one lock; never blocks beyond it.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {
    private final Object lock = new Object();
    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private final Duration window;
    private final int maxIds;
    private final Clock clock;

    public InMemoryEventDeduplicator(Duration window, int maxIds, Clock clock) {
        if (window.isNegative() || window.isZero() || maxIds < 1) {
            throw new IllegalArgumentException("window and maxIds must be positive");
        }
        this.window = window;
        this.maxIds = maxIds;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String platformEventId) {
        Instant now = clock.instant();
        synchronized (lock) {
            Instant at = seen.get(platformEventId);
            if (at != null && !at.plus(window).isBefore(now)) {
                return false;
            }
            seen.remove(platformEventId);
            Iterator<Instant> oldest = seen.values().iterator();
            while (oldest.hasNext()) {
                boolean expired = oldest.next().plus(window).isBefore(now);
                if (seen.size() < maxIds && !expired) {
                    break;
                }
                oldest.remove();
            }
            seen.put(platformEventId, now);
            return true;
        }
    }
}
