package dev.watchkeeper.core.outbox;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox in this process's memory: right for the demo and one instance (it survives an
 * adapter's restart within the process, not the process). Thread-safe under one lock; {@link
 * #take} waits on it for entries, nothing else blocks.
 */
public final class InMemoryDecisionOutbox implements DecisionOutbox {
    private final Clock clock;
    private final Map<Platform, Queue> queues = new EnumMap<>(Platform.class);
    private long sequence;

    public InMemoryDecisionOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String append(Platform platform, List<Decision> decisions) {
        String id = Long.toString(++sequence);
        queue(platform).fresh.addLast(new OutboxEntry(id, platform, decisions));
        notifyAll();
        return id;
    }

    @Override
    public synchronized List<OutboxEntry> take(Platform platform, String consumer, int max, Duration wait) {
        Queue queue = queue(platform);
        long until = System.nanoTime() + wait.toNanos();
        while (queue.fresh.isEmpty()) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return List.of();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        List<OutboxEntry> out = new ArrayList<>();
        Instant now = clock.instant();
        while (out.size() < max && !queue.fresh.isEmpty()) {
            OutboxEntry entry = queue.fresh.pollFirst();
            queue.taken.put(entry.id(), new Taken(entry, consumer, now));
            out.add(entry);
        }
        return out;
    }

    @Override
    public synchronized List<OutboxEntry> claimIdle(Platform platform, String consumer, Duration minIdle, int max) {
        Instant now = clock.instant();
        List<OutboxEntry> out = new ArrayList<>();
        for (Map.Entry<String, Taken> e : queue(platform).taken.entrySet()) {
            if (out.size() == max) {
                break;
            }
            Taken taken = e.getValue();
            if (!taken.touched.plus(minIdle).isAfter(now)) {
                e.setValue(new Taken(taken.entry, consumer, now));
                out.add(taken.entry);
            }
        }
        return out;
    }

    @Override
    public synchronized void touch(Platform platform, String consumer, List<String> ids) {
        Instant now = clock.instant();
        Map<String, Taken> taken = queue(platform).taken;
        for (String id : ids) {
            taken.computeIfPresent(id, (k, t) -> new Taken(t.entry, consumer, now));
        }
    }

    @Override
    public synchronized void done(Platform platform, String id) {
        Queue queue = queue(platform);
        if (queue.taken.remove(id) == null) {
            queue.fresh.removeIf(e -> e.id().equals(id));
        }
    }

    @Override
    public synchronized long pending(Platform platform) {
        Queue queue = queue(platform);
        return queue.fresh.size() + queue.taken.size();
    }

    private Queue queue(Platform platform) {
        return queues.computeIfAbsent(platform, p -> new Queue());
    }

    private record Taken(OutboxEntry entry, String consumer, Instant touched) {}

    private static final class Queue {
        final ArrayDeque<OutboxEntry> fresh = new ArrayDeque<>();
        final Map<String, Taken> taken = new LinkedHashMap<>();
    }
}
