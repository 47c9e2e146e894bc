package dev.watchkeeper.core.ticket;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.EntryFeedback;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Support figures at one moment, from {@link SupportStats#compute}.
 *
 * @param tickets tickets held (resolved ones until retention removes them)
 * @param byCategory tickets per category
 * @param byPriority tickets per priority
 * @param byPlatform tickets per member platform
 * @param backlog open tickets per open status
 * @param firstResponseMedian median time to first response, null when no ticket has one
 * @param firstResponseP90 90th percentile of it
 * @param resolutionMedian median time to resolution, null when none is resolved
 * @param resolutionP90 90th percentile of it
 * @param csatAverage average rating, NaN when there are none
 * @param csatCount ratings given
 * @param slaBreaches SLA targets missed, counted per ticket and target
 * @param botAnswers questions the bot answered, negative when unknown
 * @param deflectionRate {@code botAnswers / (botAnswers + tickets)}, NaN when unknown
 * @param answerFeedback members' votes on the bot's answers
 */
public record SupportReport(
        int tickets,
        Map<Category, Long> byCategory,
        Map<Priority, Long> byPriority,
        Map<Platform, Long> byPlatform,
        Map<TicketStatus, Long> backlog,
        @Nullable Duration firstResponseMedian,
        @Nullable Duration firstResponseP90,
        @Nullable Duration resolutionMedian,
        @Nullable Duration resolutionP90,
        double csatAverage,
        int csatCount,
        int slaBreaches,
        long botAnswers,
        double deflectionRate,
        FeedbackSummary answerFeedback) {
    public SupportReport {
        requireNonNull(answerFeedback, "answerFeedback");
        byCategory = Map.copyOf(byCategory);
        byPriority = Map.copyOf(byPriority);
        byPlatform = Map.copyOf(byPlatform);
        backlog = Map.copyOf(backlog);
    }

    /** The open backlog: tickets in every status but resolved. */
    public long openBacklog() {
        return backlog.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A plain-text report for the {@code /stats} staff command. */
    public String toText() {
        List<String> lines = new ArrayList<>(List.of(
                "**Support stats**",
                "Tickets: " + tickets + " · open backlog: " + openBacklog() + " " + counts(backlog),
                "By category: " + counts(byCategory),
                "By priority: " + counts(byPriority),
                "By platform: " + counts(byPlatform),
                "First response: median " + duration(firstResponseMedian) + " · p90 " + duration(firstResponseP90),
                "Resolution: median " + duration(resolutionMedian) + " · p90 " + duration(resolutionP90),
                "CSAT: " + (csatCount == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f/5", csatAverage)) + " ("
                        + csatCount + " ratings)",
                "SLA breaches: " + slaBreaches,
                "Deflection: "
                        + (Double.isNaN(deflectionRate)
                                ? "n/a"
                                : String.format(
                                        Locale.ROOT,
                                        "%.0f%% (%d answered by the bot)",
                                        deflectionRate * 100,
                                        botAnswers)),
                "Answer feedback: " + feedback(answerFeedback)));
        if (!answerFeedback.mostUnhelpful().isEmpty()) {
            lines.add("Least helpful answers: "
                    + answerFeedback.mostUnhelpful().stream()
                            .map(SupportReport::entry)
                            .collect(Collectors.joining(", ")));
        }
        return String.join("\n", lines);
    }

    /** Overall, then helpful/not helpful per platform: "12 helpful · 3 not helpful since 2026-11-21 (telegram 10/2)". */
    private static String feedback(FeedbackSummary summary) {
        FeedbackTotals overall = summary.overall();
        Instant since = summary.since();
        if (since == null || overall.votes() == 0) {
            return "no votes yet";
        }
        return overall.helpful() + " helpful · " + overall.unhelpful() + " not helpful since "
                + since.atZone(ZoneOffset.UTC).toLocalDate() + " ("
                + summary.byPlatform().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                                + e.getValue().helpful() + "/" + e.getValue().unhelpful())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static String entry(EntryFeedback entry) {
        return "`" + entry.entryId() + "` " + entry.totals().unhelpful() + " not helpful, "
                + entry.totals().helpful() + " helpful";
    }

    private static String counts(Map<? extends Enum<?>, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.ordinal(), b.ordinal())))
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String duration(@Nullable Duration d) {
        if (d == null) {
            return "n/a";
        }
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min" : "%dh %02dmin".formatted(minutes / 60, minutes % 60);
    }
}
