package dev.watchkeeper.core.ticket.report;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.TicketStatus;
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

    /** The {@code /stats} report in the bundled English texts. */
    public String toText() {
        return toText(StaffTexts.english());
    }

    /** A plain-text report for the {@code /stats} staff command, in the language of {@code texts}. */
    public String toText(StaffTexts texts) {
        String notAvailable = texts.say(StaffText.NOT_AVAILABLE);
        List<String> lines = new ArrayList<>(List.of(
                texts.say(StaffText.STATS_TITLE),
                texts.say(StaffText.STATS_TICKETS, tickets, openBacklog(), counts(backlog, texts)),
                texts.say(StaffText.STATS_BY_CATEGORY, counts(byCategory, texts)),
                texts.say(StaffText.STATS_BY_PRIORITY, counts(byPriority, texts)),
                texts.say(StaffText.STATS_BY_PLATFORM, counts(byPlatform, texts)),
                texts.say(
                        StaffText.STATS_FIRST_RESPONSE,
                        duration(firstResponseMedian, texts),
                        duration(firstResponseP90, texts)),
                texts.say(
                        StaffText.STATS_RESOLUTION, duration(resolutionMedian, texts), duration(resolutionP90, texts)),
                texts.say(
                        StaffText.STATS_CSAT,
                        csatCount == 0 ? notAvailable : texts.say(StaffText.STATS_CSAT_SCORE, csatAverage),
                        csatCount),
                texts.say(StaffText.STATS_SLA_BREACHES, slaBreaches),
                texts.say(
                        StaffText.STATS_DEFLECTION,
                        Double.isNaN(deflectionRate)
                                ? notAvailable
                                : texts.say(StaffText.STATS_DEFLECTION_RATE, deflectionRate * 100, botAnswers)),
                texts.say(StaffText.STATS_FEEDBACK, feedback(answerFeedback, texts))));
        if (!answerFeedback.mostUnhelpful().isEmpty()) {
            lines.add(texts.say(
                    StaffText.STATS_LEAST_HELPFUL,
                    answerFeedback.mostUnhelpful().stream()
                            .map(entry -> texts.say(
                                    StaffText.STATS_ENTRY_VOTES,
                                    entry.entryId(),
                                    entry.totals().unhelpful(),
                                    entry.totals().helpful()))
                            .collect(Collectors.joining(", "))));
        }
        return String.join("\n", lines);
    }

    /** Overall, then helpful/not helpful per platform: "12 helpful · 3 not helpful since 2026-11-21 (telegram 10/2)". */
    private static String feedback(FeedbackSummary summary, StaffTexts texts) {
        FeedbackTotals overall = summary.overall();
        Instant since = summary.since();
        if (since == null || overall.votes() == 0) {
            return texts.say(StaffText.NO_VOTES);
        }
        return texts.say(
                StaffText.STATS_FEEDBACK_VOTES,
                overall.helpful(),
                overall.unhelpful(),
                since.atZone(ZoneOffset.UTC).toLocalDate(),
                summary.byPlatform().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                                + e.getValue().helpful() + "/" + e.getValue().unhelpful())
                        .collect(Collectors.joining(", ")));
    }

    private static String counts(Map<? extends Enum<?>, Long> counts, StaffTexts texts) {
        if (counts.isEmpty()) {
            return texts.say(StaffText.NONE);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.ordinal(), b.ordinal())))
                .map(e -> name(e.getKey(), texts) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Platforms by their own names; categories, priorities and statuses by their staff labels. */
    private static String name(Enum<?> value, StaffTexts texts) {
        return value instanceof Platform ? value.name().toLowerCase(Locale.ROOT) : texts.label(value);
    }

    private static String duration(@Nullable Duration d, StaffTexts texts) {
        if (d == null) {
            return texts.say(StaffText.NOT_AVAILABLE);
        }
        long minutes = d.toMinutes();
        return minutes < 60
                ? texts.say(StaffText.MINUTES, minutes)
                : texts.say(StaffText.HOURS_MINUTES, minutes / 60, minutes % 60);
    }
}
