package dev.watchkeeper.core.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The sliding windows of one scope: the instants of recent sends per chat and overall. Pure
 * bookkeeping on the instants it is given. Not thread-safe: its owner holds a lock.
 */
final class SendWindows {
    private static final Duration SECOND = SendLimits.SECOND;
    private static final Duration MINUTE = SendLimits.MINUTE;
    private static final int SWEEP_EVERY = 256;

    private final SendLimits limits;
    private final ArrayDeque<Instant> overall = new ArrayDeque<>();
    private final Map<String, ArrayDeque<Instant>> byChat = new HashMap<>();
    private int acquiresSinceSweep;

    SendWindows(SendLimits limits) {
        this.limits = limits;
    }

    SendWait tryAcquire(String chat, boolean group, Instant now) {
        sweep(now);
        ArrayDeque<Instant> sent = byChat.computeIfAbsent(chat, c -> new ArrayDeque<>());
        dropOlderThan(sent, now.minus(MINUTE));
        Duration wait = waitFor(sent, limits.perChatPerSecond(), SECOND, now);
        if (group) {
            wait = max(wait, waitFor(sent, limits.perGroupPerMinute(), MINUTE, now));
        }
        Duration overallWait = waitFor(overall, limits.overallPerSecond(), SECOND, now);
        if (wait.isZero() && overallWait.isZero()) {
            sent.addLast(now);
            overall.addLast(now);
            return SendWait.NONE;
        }
        boolean overallBinds = overallWait.compareTo(wait) >= 0;
        return new SendWait(overallBinds ? overallWait : wait, overallBinds);
    }

    /** With {@code limit} sends in the window before now already, the wait until one more fits. */
    private static Duration waitFor(ArrayDeque<Instant> sent, int limit, Duration window, Instant now) {
        Instant from = now.minus(window);
        int inWindow = 0;
        for (Iterator<Instant> newestFirst = sent.descendingIterator(); newestFirst.hasNext(); ) {
            Instant at = newestFirst.next();
            if (!at.isAfter(from)) {
                break;
            }
            if (++inWindow == limit) {
                return Duration.between(now, at.plus(window));
            }
        }
        return Duration.ZERO;
    }

    /** Forgets what no window can count any more: overall at once, idle chats now and then. */
    private void sweep(Instant now) {
        dropOlderThan(overall, now.minus(SECOND));
        if (++acquiresSinceSweep < SWEEP_EVERY) {
            return;
        }
        acquiresSinceSweep = 0;
        Instant horizon = now.minus(MINUTE);
        byChat.values().forEach(sent -> dropOlderThan(sent, horizon));
        byChat.values().removeIf(ArrayDeque::isEmpty);
    }

    private static void dropOlderThan(ArrayDeque<Instant> sent, Instant horizon) {
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
            sent.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
