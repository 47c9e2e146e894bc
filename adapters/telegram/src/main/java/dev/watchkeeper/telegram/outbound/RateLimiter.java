package dev.watchkeeper.telegram.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Telegram's outbound limits as sliding windows: at most one message a second in a chat, twenty a
 * minute in a group, thirty a second overall. Pure bookkeeping on the instants it is given (no
 * clock, no sleeping): the caller asks, and either sends at once or schedules itself for the wait
 * returned. Thread-safe; never blocks.
 */
public final class RateLimiter {
    /** The limits. */
    public record Limits(int perChatPerSecond, int perGroupPerMinute, int overallPerSecond) {
        /** Telegram's published limits. */
        public static Limits telegram() {
            return new Limits(1, 20, 30);
        }
    }

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Limits limits;
    private final ArrayDeque<Instant> overall = new ArrayDeque<>();
    private final Map<String, ArrayDeque<Instant>> byChat = new HashMap<>();
    private int acquiresSinceSweep;

    public RateLimiter(Limits limits) {
        this.limits = limits;
    }

    /**
     * Takes a slot for one message to the chat at {@code now} and returns {@link Duration#ZERO},
     * or takes nothing and returns how long to wait before asking again.
     */
    public synchronized Duration tryAcquire(String chat, boolean group, Instant now) {
        sweep(now);
        ArrayDeque<Instant> sent = byChat.computeIfAbsent(chat, c -> new ArrayDeque<>());
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(MINUTE))) {
            sent.removeFirst();
        }
        Duration wait = Duration.ZERO;
        wait = max(wait, waitFor(sent, limits.perChatPerSecond(), SECOND, now));
        if (group) {
            wait = max(wait, waitFor(sent, limits.perGroupPerMinute(), MINUTE, now));
        }
        wait = max(wait, waitFor(overall, limits.overallPerSecond(), SECOND, now));
        if (wait.isZero()) {
            sent.addLast(now);
            overall.addLast(now);
        }
        return wait;
    }

    /** Sends in {@code sent} newer than {@code window} before now; the wait until one more fits. */
    private static Duration waitFor(ArrayDeque<Instant> sent, int limit, Duration window, Instant now) {
        Instant from = now.minus(window);
        int inWindow = 0;
        Instant oldestCounted = null;
        for (Iterator<Instant> it = sent.descendingIterator(); it.hasNext(); ) {
            Instant at = it.next();
            if (!at.isAfter(from)) {
                break;
            }
            inWindow++;
            oldestCounted = at;
            if (inWindow == limit) {
                return Duration.between(now, oldestCounted.plus(window));
            }
        }
        return Duration.ZERO;
    }

    private void sweep(Instant now) {
        Instant horizon = now.minus(MINUTE);
        while (!overall.isEmpty() && !overall.peekFirst().isAfter(now.minus(SECOND))) {
            overall.removeFirst();
        }
        if (++acquiresSinceSweep < 256) {
            return;
        }
        acquiresSinceSweep = 0;
        byChat.values().forEach(sent -> {
            while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
                sent.removeFirst();
            }
        });
        byChat.values().removeIf(ArrayDeque::isEmpty);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
