package dev.watchkeeper.telegram.inbound;

import java.util.LinkedHashSet;

/**
 * Remembers the ids of the most recent updates so that one delivered twice (a webhook retried, a
 * poll repeated after a restart) is handled once. Bounded: the oldest ids are forgotten first.
 * Thread-safe.
 */
public final class SeenUpdates {
    private final int capacity;
    private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();

    public SeenUpdates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** True the first time an id is offered, false for a repeat. */
    public synchronized boolean firstTime(int updateId) {
        if (!seen.add(updateId)) {
            return false;
        }
        if (seen.size() > capacity) {
            seen.removeFirst();
        }
        return true;
    }
}
