package dev.watchkeeper.core.faq;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What members thought of the bot's answers, for staff.
 *
 * @param byPlatform votes per platform where members voted
 * @param since the earliest vote counted, null when there are none
 * @param mostUnhelpful the entries with the most "this did not help" votes, most first (entries
 *     with equal counts by id); only entries with at least one such vote
 */
public record FeedbackSummary(
        Map<Platform, FeedbackTotals> byPlatform, @Nullable Instant since, List<EntryFeedback> mostUnhelpful) {
    private static final Comparator<EntryFeedback> MOST_UNHELPFUL_FIRST = Comparator.comparingLong(
                    (EntryFeedback e) -> e.totals().unhelpful())
            .reversed()
            .thenComparing(EntryFeedback::entryId);

    public FeedbackSummary {
        byPlatform = Map.copyOf(byPlatform);
        mostUnhelpful = List.copyOf(mostUnhelpful);
    }

    /** No votes at all. */
    public static FeedbackSummary none() {
        return new FeedbackSummary(Map.of(), null, List.of());
    }

    /**
     * The summary of stored counts: what every {@link AnswerFeedback} computes its summary with.
     *
     * @param byEntry votes per entry id
     * @param byPlatform votes per platform
     * @param since the earliest vote, null when there are none
     * @param limit how many of the most unhelpful entries to keep
     */
    public static FeedbackSummary of(
            Map<String, FeedbackTotals> byEntry,
            Map<Platform, FeedbackTotals> byPlatform,
            @Nullable Instant since,
            int limit) {
        List<EntryFeedback> worst = byEntry.entrySet().stream()
                .filter(e -> e.getValue().unhelpful() > 0)
                .map(e -> new EntryFeedback(e.getKey(), e.getValue()))
                .sorted(MOST_UNHELPFUL_FIRST)
                .limit(Math.max(0, limit))
                .toList();
        Map<Platform, FeedbackTotals> platforms = new EnumMap<>(Platform.class);
        byPlatform.forEach((platform, totals) -> {
            if (totals.votes() > 0) {
                platforms.put(platform, totals);
            }
        });
        return new FeedbackSummary(platforms, since, worst);
    }

    /** Every vote counted. */
    public FeedbackTotals overall() {
        return byPlatform.values().stream().reduce(FeedbackTotals.NONE, FeedbackTotals::plus);
    }
}
