package dev.watchkeeper.core.ticket.report;

/**
 * Port: counters that must survive restarts and be shared by instances, such as the questions the
 * bot answered and the tickets opened that the deflection rate is computed from. Thread-safe; a
 * networked implementation blocks for a round trip.
 */
public interface SupportCounters {
    /** Adds to the counter and returns its new value. */
    long add(String counter, long delta);

    /** The counter's value; 0 for a counter never added to. */
    long get(String counter);
}
