package dev.watchkeeper.core.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Log lines about failures that repeat per event (a malformed update, a feature failing on every
 * message of some shape), so that thousands of events make a handful of lines: the first failure
 * of a class (what failed and the exception type) at ERROR with its stack trace, each later one
 * of that class at DEBUG with the event's id, and at most one WARN a minute per class saying how
 * many failed since the line before and the latest id. A repair (a malformed field mended, the
 * event handled) is logged the same way, its first line at WARN without a trace.
 *
 * <p>Callers pass a fixed description of what failed and an id (never message text or secrets).
 * Thread-safe under one lock; never blocks beyond it.
 */
public final class FailureLog {
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Logger log;
    private final Clock clock;
    private final Map<String, Tally> classes = new HashMap<>();

    public FailureLog(Logger log) {
        this(log, Clock.systemUTC());
    }

    public FailureLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Logs a failure on one event.
     *
     * @param what what failed, a fixed text such as "mapping a Telegram update"
     * @param id the event's id, such as the update id
     * @param failure the failure; its class with {@code what} makes the failure class
     */
    public void failed(String what, String id, Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        long unlogged = count(what + ": " + failure.getClass().getName());
        if (unlogged < 0) {
            log.error("Failed {} (id {}); later failures of this kind are summed up once a minute", what, id, failure);
        } else {
            summary(what, id, kind, unlogged);
        }
    }

    /**
     * Logs a repair on one event: something malformed was mended or left out and the event went on.
     *
     * @param what what was repaired, a fixed text such as "entities outside their text dropped"
     * @param id the event's id
     */
    public void repaired(String what, String id) {
        long unlogged = count(what);
        if (unlogged < 0) {
            log.warn("Repaired {} (id {}); later repairs of this kind are summed up once a minute", what, id);
        } else {
            summary(what, id, "repaired", unlogged);
        }
    }

    private void summary(String what, String id, String kind, long unlogged) {
        if (unlogged > 0) {
            log.warn("{} on {} more event(s) in the last minute ({}), latest id {}", what, unlogged, kind, id);
        } else {
            log.debug("{} (id {}): {}", what, id, kind);
        }
    }

    /** -1 for a class's first event, the events since the last line when one is due, else 0. */
    private long count(String key) {
        Instant now = clock.instant();
        synchronized (classes) {
            Tally tally = classes.get(key);
            if (tally == null) {
                classes.put(key, new Tally(now));
                return -1;
            }
            if (!now.isBefore(tally.lastLine.plus(EVERY))) {
                long unlogged = tally.since + 1;
                tally.since = 0;
                tally.lastLine = now;
                return unlogged;
            }
            tally.since++;
            return 0;
        }
    }

    private static final class Tally {
        Instant lastLine;
        long since;

        Tally(Instant first) {
            this.lastLine = first;
        }
    }
}
