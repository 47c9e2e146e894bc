package dev.watchkeeper.core.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Remembers event ids in this process's memory for a time window and up to a number of ids (the
 * oldest are forgotten first). Right for one instance; several instances need a shared
 * implementation. Thread-safe under one lock; never blocks beyond it.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {
    private final Object lock = new Object();
    /** When each id was taken, and until when a claim on it is held (null once handled). */
    private final Map<String, Seen> seen = new LinkedHashMap<>();

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
        return take(platformEventId, null) == Claim.TAKEN;
    }

    @Override
    public Claim claim(String platformEventId, Duration lease) {
        return take(platformEventId, lease);
    }

    @Override
    public void handled(String platformEventId) {
        synchronized (lock) {
            seen.computeIfPresent(platformEventId, (id, s) -> new Seen(s.at(), null));
        }
    }

    private Claim take(String platformEventId, @Nullable Duration lease) {
        Instant now = clock.instant();
        synchronized (lock) {
            Seen at = seen.get(platformEventId);
            if (at != null && !at.at().plus(window).isBefore(now)) {
                if (at.heldUntil() == null) {
                    return Claim.HANDLED;
                }
                if (at.heldUntil().isAfter(now)) {
                    return Claim.HELD;
                }
            }
            seen.remove(platformEventId);
            Iterator<Seen> oldest = seen.values().iterator();
            while (oldest.hasNext()) {
                boolean expired = oldest.next().at().plus(window).isBefore(now);
                if (seen.size() < maxIds && !expired) {
                    break;
                }
                oldest.remove();
            }
            seen.put(platformEventId, new Seen(now, lease == null ? null : now.plus(lease)));
            return Claim.TAKEN;
        }
    }

    private record Seen(Instant at, @Nullable Instant heldUntil) {}
}
