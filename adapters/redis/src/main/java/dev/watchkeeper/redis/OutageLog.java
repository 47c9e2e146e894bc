package dev.watchkeeper.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * The log lines of one Redis adapter about an outage, so that thousands of failed operations make
 * a handful of lines: the first failure at WARN with its cause, then at most one WARN a minute
 * with how many failures were not logged since the line before, and one INFO when an operation
 * succeeds again ("Redis reachable again after N failures").
 *
 * <p>Callers pass a fixed description of what the failure means (never message text, ids or
 * secrets). Thread-safe; never blocks. {@link #succeeded()} is a volatile read while Redis is up,
 * so it may sit on every operation's path.
 */
public final class OutageLog {
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final BiConsumer<Level, String> sink;
    private volatile boolean down;
    private long failures;
    private long unlogged;
    private Instant lastLine = Instant.MIN;

    /** Lines go to {@code log}, at most one WARN a minute of the system clock. */
    public OutageLog(Logger log) {
        this(Clock.systemUTC(), (level, line) -> log.atLevel(level).log(line));
    }

    OutageLog(Clock clock, BiConsumer<Level, String> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /**
     * Counts a failed operation and logs it when it is the outage's first or a minute has passed
     * since the last line.
     *
     * @param consequence what the failure means for the bot, a fixed text such as "event taken
     *     without de-duplication"
     * @param cause the operation's failure, or null when it was not tried (Redis is known to be away)
     */
    public void failed(String consequence, @Nullable Throwable cause) {
        String line;
        synchronized (this) {
            failures++;
            Instant now = clock.instant();
            if (!down) {
                down = true;
                line = "Redis unreachable (" + describe(cause) + "): " + consequence;
            } else if (!now.isBefore(lastLine.plus(EVERY))) {
                line = "Redis still unreachable (" + describe(cause) + "): " + consequence + "; " + unlogged
                        + " failures not logged since the last line";
            } else {
                unlogged++;
                return;
            }
            unlogged = 0;
            lastLine = now;
        }
        sink.accept(Level.WARN, line);
    }

    /** Notes a successful operation; the first after failures logs that Redis is back. */
    public void succeeded() {
        if (!down) {
            return;
        }
        long total;
        synchronized (this) {
            if (!down) {
                return;
            }
            down = false;
            total = failures;
            failures = 0;
            unlogged = 0;
            lastLine = Instant.MIN;
        }
        sink.accept(Level.INFO, "Redis reachable again after " + total + " failures");
    }

    private static String describe(@Nullable Throwable cause) {
        if (cause == null) {
            return "not tried";
        }
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
