package dev.watchkeeper.benchmarks.traffic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a generated day holds, as text for a person: counts, the hourly curve, the busiest topics. */
final class DaySummary {
    private DaySummary() {}

    static String of(CommunityTraffic day) {
        List<CommunityEvent> events = day.events();
        DayPlan plan = day.plan();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d messages from %d members%n",
                events.size(),
                events.stream().map(CommunityEvent::member).distinct().count()));
        out.append("by kind: ").append(count(events, e -> e.kind().name())).append('\n');
        out.append("by language: ")
                .append(count(events, CommunityEvent::language))
                .append('\n');
        out.append("by platform: ")
                .append(count(events, e -> e.platform().name()))
                .append('\n');
        out.append("by chat: ")
                .append(count(events, e -> e.chat().type().name()))
                .append('\n');
        out.append("by UTC hour: ")
                .append(count(
                        events,
                        e -> String.format(
                                Locale.ROOT,
                                "%02d",
                                e.time().atOffset(ZoneOffset.UTC).getHour())))
                .append('\n');
        out.append("busiest support topics (most distinct members in 10 minutes / mean per 10 minutes):\n");
        Map<String, Integer> busiest = TopicWindows.busiestByTopic(events, TopicWindows.WINDOW);
        busiest.entrySet().stream()
                .filter(e -> !e.getKey().equals(CommunityEvent.CHATTER))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(12)
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "  %-28s %3d / %.2f%n",
                        e.getKey(),
                        e.getValue(),
                        TopicWindows.average(
                                events,
                                event -> event.topic().equals(e.getKey()),
                                TopicWindows.WINDOW,
                                plan.start(),
                                plan.end()))));
        SpikeRule rule = SpikeRule.defaults();
        // with the evening before, so that at midnight the topics have their six hours of baseline
        List<CommunityEvent> replayed =
                new ArrayList<>(day.eveningBefore(rule.baseline().plus(rule.window())));
        replayed.addAll(events);
        out.append(
                        "topics meeting the incident rule (10 distinct members in 10 minutes, 5x the normal count of the six hours before; the evening before included): ")
                .append(TopicWindows.crossings(replayed, rule, plan.start()))
                .append('\n');
        for (Spike spike : day.spikes()) {
            Instant crossing = TopicWindows.crossing(replayed, e -> e.topic().equals(spike.topic()), rule, plan.start())
                    .orElse(null);
            out.append(String.format(
                    Locale.ROOT,
                    "spike %s from %s, ramp %s, %d members: meets the rule %s%n",
                    spike.topic(),
                    spike.start(),
                    spike.ramp(),
                    spike.size(),
                    crossing == null
                            ? "never"
                            : "at " + crossing + " (" + Duration.between(spike.start(), crossing) + " in)"));
        }
        return out.toString();
    }

    private static Map<String, Long> count(List<CommunityEvent> events, Function<CommunityEvent, String> key) {
        return events.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
