package dev.watchkeeper.web.dashboard;

import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.faq.QuestionDay;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Computes the dashboard's figures from tickets and the question log. Each event counts on the
 * UTC day it happened: a ticket's escalation and its SLA breaches on the day it opened, its first
 * response and its resolution on the days they came, a rating on the day it was given. Pure.
 */
final class DashboardCalculator {
    /** How many of the questions the bot missed the dashboard lists. */
    static final int MISSED_LISTED = 25;

    private DashboardCalculator() {}

    static DashboardFigures compute(
            DashboardRange range,
            Collection<Ticket> tickets,
            List<QuestionDay> questionDays,
            List<MissedQuestion> missed,
            List<EntryHelpfulness> leastHelpful) {
        Map<LocalDate, Bucket> buckets = new TreeMap<>();
        for (LocalDate day = range.first(); !day.isAfter(range.last()); day = day.plusDays(1)) {
            buckets.put(day, new Bucket());
        }
        Bucket total = new Bucket();
        long[] scores = new long[DashboardFigures.SCORES];
        List<Ticket> opened = new ArrayList<>();
        for (Ticket ticket : tickets) {
            Instant openedAt = ticket.times().openedAt();
            Bucket openedOn = buckets.get(QuestionLog.dayOf(openedAt));
            if (openedOn != null) {
                opened.add(ticket);
                for (Bucket b : List.of(openedOn, total)) {
                    b.escalations++;
                    b.breaches += ticket.breaches().size();
                }
            }
            Instant responded = ticket.times().firstResponseAt();
            if (responded != null) {
                add(buckets, total, responded, b -> b.firstResponses, Duration.between(openedAt, responded));
            }
            Instant resolved = ticket.times().resolvedAt();
            if (resolved != null) {
                add(buckets, total, resolved, b -> b.resolutions, Duration.between(openedAt, resolved));
            }
            Rating rating = ticket.rating();
            if (rating != null && buckets.containsKey(QuestionLog.dayOf(rating.at()))) {
                buckets.get(QuestionLog.dayOf(rating.at())).scores.add(rating.score());
                total.scores.add(rating.score());
                scores[rating.score() - 1]++;
            }
        }
        for (QuestionDay day : questionDays) {
            Bucket b = buckets.get(day.day());
            if (b != null) {
                for (Bucket each : List.of(b, total)) {
                    each.answered += day.answered();
                    each.missed += day.missed();
                    each.helpful += day.helpful();
                    each.unhelpful += day.unhelpful();
                }
            }
        }
        List<DayFigures> days = new ArrayList<>(buckets.size());
        buckets.forEach((day, b) -> days.add(b.figures(day)));
        return new DashboardFigures(
                range,
                days,
                total.figures(range.last()),
                java.util.Arrays.stream(scores).boxed().toList(),
                countBy(opened, t -> t.category().label()),
                countBy(opened, t -> t.member().member().platform().name().toLowerCase(Locale.ROOT)),
                countBy(opened, Ticket::language),
                groups(range, missed),
                leastHelpful);
    }

    private static void add(
            Map<LocalDate, Bucket> buckets,
            Bucket total,
            Instant at,
            Function<Bucket, List<Duration>> list,
            Duration value) {
        Bucket b = buckets.get(QuestionLog.dayOf(at));
        if (b != null) {
            list.apply(b).add(value);
            list.apply(total).add(value);
        }
    }

    /** Counts per key, most first, equal counts by key. */
    static Map<String, Long> countBy(Collection<Ticket> tickets, Function<Ticket, String> key) {
        Map<String, Long> counts = new HashMap<>();
        tickets.forEach(t -> counts.merge(key.apply(t), 1L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The range's missed questions with the same words together, most asked first, then latest. */
    static List<MissedQuestionGroup> groups(DashboardRange range, List<MissedQuestion> missed) {
        Map<String, List<MissedQuestion>> byWords = new LinkedHashMap<>();
        for (MissedQuestion q : missed) {
            if (range.covers(QuestionLog.dayOf(q.at()))) {
                byWords.computeIfAbsent(normalised(q.text()), k -> new ArrayList<>())
                        .add(q);
            }
        }
        List<MissedQuestionGroup> groups = new ArrayList<>();
        for (List<MissedQuestion> same : byWords.values()) {
            MissedQuestion latest =
                    same.stream().max(Comparator.comparing(MissedQuestion::at)).orElseThrow();
            LinkedHashSet<String> languages = new LinkedHashSet<>();
            LinkedHashSet<String> platforms = new LinkedHashSet<>();
            for (MissedQuestion q : same) {
                if (q.language() != null) {
                    languages.add(q.language());
                }
                platforms.add(q.platform().name().toLowerCase(Locale.ROOT));
            }
            groups.add(new MissedQuestionGroup(latest.text(), same.size(), latest.at(), languages, platforms));
        }
        groups.sort(Comparator.comparingInt(MissedQuestionGroup::times)
                .reversed()
                .thenComparing(MissedQuestionGroup::lastAsked, Comparator.reverseOrder()));
        return groups.stream().limit(MISSED_LISTED).toList();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What one day (or the whole range) collects. */
    private static final class Bucket {
        long escalations;
        long answered;
        long missed;
        long helpful;
        long unhelpful;
        int breaches;
        final List<Duration> firstResponses = new ArrayList<>();
        final List<Duration> resolutions = new ArrayList<>();
        final List<Integer> scores = new ArrayList<>();

        DayFigures figures(LocalDate day) {
            @Nullable
            Double csat = scores.isEmpty()
                    ? null
                    : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new DayFigures(
                    day,
                    escalations,
                    answered,
                    missed,
                    Timings.of(firstResponses),
                    Timings.of(resolutions),
                    scores.size(),
                    csat,
                    breaches,
                    helpful,
                    unhelpful);
        }
    }
}
