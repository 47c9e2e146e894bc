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
 * Distinct members writing about a topic in sliding windows, counted by the generator's own
 * topic labels: what the incident rule (at least 10 distinct members within 10 minutes, and 5
 * times the topic's baseline) is measured against. A window ending at {@code t} holds the
 * messages of {@code (t - window, t]}. Pure functions of the events given.
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
     * When the matching events first meet the rule: the end of the first window with at least the
     * rule's members, and at least its factor times the baseline (windows are aligned on the
     * window's length for the baseline; no history counts as a baseline of zero).
     */
    public static Optional<Instant> crossing(
            List<CommunityEvent> events, Predicate<CommunityEvent> which, SpikeRule rule) {
        Map<Long, Set<UserRef>> aligned = aligned(events, which, rule.window());
        long span = rule.baseline().dividedBy(rule.window());
        return Optional.ofNullable(slide(events, which, rule.window(), (time, members) -> {
            if (members < rule.members()) {
                return false;
            }
            long opens = Math.floorDiv(
                    time.minus(rule.window()).toEpochMilli(), rule.window().toMillis());
            double sum = 0;
            for (long index = opens - span; index < opens; index++) {
                sum += aligned.getOrDefault(index, Set.of()).size();
            }
            return members >= rule.factor() * (sum / span);
        }));
    }

    /** The first crossing of the rule by every support topic that crosses it (not chatter). */
    public static Map<String, Instant> crossings(List<CommunityEvent> events, SpikeRule rule) {
        Map<String, Instant> crossings = new TreeMap<>();
        for (String topic :
                events.stream().map(CommunityEvent::topic).distinct().toList()) {
            if (!topic.equals(CommunityEvent.CHATTER)) {
                crossing(events, event -> event.topic().equals(topic), rule)
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
