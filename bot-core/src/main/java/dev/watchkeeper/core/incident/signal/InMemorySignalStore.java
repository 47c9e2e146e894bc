package dev.watchkeeper.core.incident.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Signals in this process's memory, for the embedded demo and tests. Keeps each topic's minutes
 * for {@code retention} after the newest it saw, and at most {@code maxTopics} topics (the least
 * recently written about are forgotten first). Every method takes one lock.
 */
public final class InMemorySignalStore implements SignalStore {
    private static final int EXAMPLES_KEPT = 10;

    private final long retentionMinutes;
    private final int maxTopics;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Topic> topics;
    private final Map<String, Instant> alertsUntil = new HashMap<>();
    private long since = Long.MIN_VALUE;
    private long newest = Long.MIN_VALUE;

    /** A store that keeps {@code retention} of history for at most {@code maxTopics} topics. */
    public InMemorySignalStore(Duration retention, int maxTopics) {
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be at least 1: " + maxTopics);
        }
        this.retentionMinutes = Math.max(1, retention.toMinutes());
        this.maxTopics = maxTopics;
        this.topics = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A store sized for {@code settings}, keeping 10,000 topics. */
    public static InMemorySignalStore forSettings(SignalSettings settings) {
        return new InMemorySignalStore(settings.retention(), 10_000);
    }

    private static final class Minute {
        final Set<String> members = new HashSet<>();
        final Map<String, Integer> platforms = new HashMap<>();
        final Map<String, Integer> languages = new HashMap<>();
        final Deque<String> examples = new ArrayDeque<>();
    }

    private static final class Topic {
        final NavigableMap<Long, Minute> minutes = new TreeMap<>();
    }

    @Override
    public void record(String topic, long minute, String member, SignalSample sample) {
        synchronized (lock) {
            if (since == Long.MIN_VALUE || (newest != Long.MIN_VALUE && minute - newest > retentionMinutes)) {
                since = minute;
            }
            newest = Math.max(newest, minute);
            Topic t = topics.computeIfAbsent(topic, k -> new Topic());
            Minute m = t.minutes.computeIfAbsent(minute, k -> new Minute());
            m.members.add(member);
            m.platforms.merge(sample.platform().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            m.languages.merge(sample.language(), 1, Integer::sum);
            if (!sample.example().isBlank()) {
                m.examples.addFirst(sample.example());
                while (m.examples.size() > EXAMPLES_KEPT) {
                    m.examples.removeLast();
                }
            }
            t.minutes.headMap(t.minutes.lastKey() - retentionMinutes, false).clear();
            while (topics.size() > maxTopics) {
                String eldest = topics.keySet().iterator().next();
                topics.remove(eldest);
                alertsUntil.remove(eldest);
            }
        }
    }

    @Override
    public int distinctMembers(String topic, long from, long to) {
        synchronized (lock) {
            Set<String> members = new HashSet<>();
            span(topic, from, to).values().forEach(m -> members.addAll(m.members));
            return members.size();
        }
    }

    @Override
    public long memberMinutes(String topic, long from, long to) {
        synchronized (lock) {
            long sum = 0;
            for (Minute m : span(topic, from, to).values()) {
                sum += m.members.size();
            }
            return sum;
        }
    }

    @Override
    public SignalWindow window(String topic, long from, long to, int examples) {
        synchronized (lock) {
            NavigableMap<Long, Minute> span = span(topic, from, to);
            Set<String> members = new HashSet<>();
            Map<String, Integer> platforms = new HashMap<>();
            Map<String, Integer> languages = new HashMap<>();
            List<String> shown = new ArrayList<>();
            for (Minute m : span.descendingMap().values()) {
                members.addAll(m.members);
                m.platforms.forEach((k, v) -> platforms.merge(k, v, Integer::sum));
                m.languages.forEach((k, v) -> languages.merge(k, v, Integer::sum));
                for (String example : m.examples) {
                    if (shown.size() < examples && !shown.contains(example)) {
                        shown.add(example);
                    }
                }
            }
            long first = span.isEmpty() ? to : span.firstKey();
            return new SignalWindow(members.size(), platforms, languages, shown, first);
        }
    }

    @Override
    public java.util.OptionalLong since() {
        synchronized (lock) {
            return since == Long.MIN_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(since);
        }
    }

    @Override
    public boolean claimAlert(String topic, Instant now, Instant until) {
        synchronized (lock) {
            Instant previous = alertsUntil.get(topic);
            if (previous != null && now.isBefore(previous)) {
                return false;
            }
            alertsUntil.put(topic, until);
            return true;
        }
    }

    private NavigableMap<Long, Minute> span(String topic, long from, long to) {
        Topic t = topics.get(topic);
        return t == null || from > to ? new TreeMap<>() : t.minutes.subMap(from, true, to, true);
    }
}
