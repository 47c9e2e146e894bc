package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Distinct members writing about a topic in windows, counted by the generator's own topic labels:
 * what the incident rule ({@link SpikeRule}: at least 10 distinct members within 10 minutes, and
 * 5 times the topic's normal count) is measured against. A sliding window ending at {@code t}
 * holds the messages of {@code (t - window, t]}; the rule itself counts by whole minutes, as the
 * core does. Pure functions of the events given.
 */
public final class TopicWindows {
    /** The window of the incident rule. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private TopicWindows() {}

    /** The most distinct members among the matching events in any window of that length. */
    public static int busiest(List<CommunityEvent> events, Predicate<CommunityEvent> which, Duration window) {
        int[] most = {0};
        slide(events, which, window, (time, members) -> {
            most[0] = Math.max(most[0], members);
            return false;
        });
        return most[0];
    }

    /**
     * When the matching events first meet the rule: the time of the message that makes the
     * window up to its minute hold enough members, and enough times the normal count before it.
     * Messages are taken in time order, each seeing only those before it, as a live bot would.
     */
    public static Optional<Instant> crossing(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, SpikeRule rule) {
        return crossing(events, which, rule, Instant.MIN);
    }

    /**
     * As {@link #crossing(List, Predicate, SpikeRule)}, at {@code from} or later: the messages
     * before it count only as history (the evening before a generated day).
     */
    public static Optional<Instant> crossing(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, SpikeRule rule, Instant from) {
        long window = rule.window().toMinutes();
        long baseline = rule.baseline().toMinutes();
        Map<Long, Set<UserRef>> byMinute = new HashMap<>();
        for (CommunityEvent event : events.stream()
                .filter(which)
                .sorted(Comparator.comparing(CommunityEvent::time))
                .toList()) {
            long minute = Math.floorDiv(event.time().getEpochSecond(), 60);
            byMinute.computeIfAbsent(minute, k -> new HashSet<>()).add(event.member());
            if (event.time().isBefore(from)) {
                continue;
            }
            long first = minute - window + 1;
            Set<UserRef> members = new HashSet<>();
            for (long m = first; m <= minute; m++) {
                members.addAll(byMinute.getOrDefault(m, Set.of()));
            }
            if (members.size() < rule.members()) {
                continue;
            }
            long memberMinutes = 0;
            for (long m = first - baseline; m < first; m++) {
                memberMinutes += byMinute.getOrDefault(m, Set.of()).size();
            }
            double normal = Math.max(rule.minBaseline(), (double) memberMinutes / baseline * window);
            if (members.size() >= rule.factor() * normal) {
                return Optional.of(event.time());
            }
        }
        return Optional.empty();
    }

    /** The first crossing of the rule at {@code from} or later by every topic that crosses it (not chatter). */
    public static Map<String, Instant> crossings(List<CommunityEvent> events, SpikeRule rule, Instant from) {
        Map<String, Instant> crossings = new TreeMap<>();
        for (String topic :
                events.stream().map(CommunityEvent::topic).distinct().toList()) {
            if (!topic.equals(CommunityEvent.CHATTER)) {
                crossing(events, event -> event.topic().equals(topic), rule, from)
                        .ifPresent(time -> crossings.put(topic, time));
            }
        }
        return crossings;
    }

    /**
     * The mean number of distinct members among the matching events per window, over the
     * consecutive windows of that length from {@code from} to {@code to}: a topic's baseline.
     */
    public static double average(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, Duration window, Instant from, Instant to) {
        long windows = Duration.between(from, to).dividedBy(window);
        if (windows < 1) {
            throw new IllegalArgumentException("the span from " + from + " to " + to + " is shorter than " + window);
        }
        Predicate<CommunityEvent> within =
                event -> !event.time().isBefore(from) && event.time().isBefore(to);
        return aligned(events, which.and(within), window).values().stream()
                        .mapToInt(Set::size)
                        .sum()
                / (double) windows;
    }

    /** The busiest window of every topic label there is among the events. */
    public static Map<String, Integer> busiestByTopic(List<CommunityEvent> events, Duration window) {
        Map<String, Integer> busiest = new TreeMap<>();
        for (String topic :
                events.stream().map(CommunityEvent::topic).distinct().toList()) {
            busiest.put(topic, busiest(events, event -> event.topic().equals(topic), window));
        }
        return busiest;
    }

    /** The distinct members of the matching events in each window aligned on the window's length. */
    private static Map<Long, Set<UserRef>> aligned(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, Duration window) {
        Map<Long, Set<UserRef>> byWindow = new HashMap<>();
        for (CommunityEvent event : events) {
            if (which.test(event)) {
                long index = Math.floorDiv(event.time().toEpochMilli(), window.toMillis());
                byWindow.computeIfAbsent(index, k -> new HashSet<>()).add(event.member());
            }
        }
        return byWindow;
    }

    private interface Step {
        /** Sees the count of the window ending at {@code time}; true to stop there. */
        boolean stopAt(Instant time, int members);
    }

    private static @Nullable Instant slide(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, Duration window, Step step) {
        List<CommunityEvent> matching = events.stream()
                .filter(which)
                .sorted(Comparator.comparing(CommunityEvent::time))
                .toList();
        Deque<CommunityEvent> inWindow = new ArrayDeque<>();
        Map<UserRef, Integer> perMember = new HashMap<>();
        for (CommunityEvent event : matching) {
            Instant opens = event.time().minus(window);
            while (!inWindow.isEmpty() && !inWindow.peekFirst().time().isAfter(opens)) {
                perMember.computeIfPresent(inWindow.removeFirst().member(), (member, n) -> n == 1 ? null : n - 1);
            }
            inWindow.addLast(event);
            perMember.merge(event.member(), 1, Integer::sum);
            if (step.stopAt(event.time(), perMember.size())) {
                return event.time();
            }
        }
        return null;
    }
}
