package dev.watchkeeper.core.faq;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answer votes in this process's memory: they start at zero on every start. Thread-safe; never blocks. */
public final class InMemoryAnswerFeedback implements AnswerFeedback {
    private final Map<String, FeedbackTotals> byEntry = new HashMap<>();
    private final Map<Platform, FeedbackTotals> byPlatform = new EnumMap<>(Platform.class);
    private @Nullable Instant since;

    @Override
    public synchronized void record(AnswerVote vote) {
        FeedbackTotals one = FeedbackTotals.of(vote.helpful());
        byEntry.merge(vote.entryId(), one, FeedbackTotals::plus);
        byPlatform.merge(vote.platform(), one, FeedbackTotals::plus);
        if (since == null || vote.at().isBefore(since)) {
            since = vote.at();
        }
    }

    @Override
    public synchronized FeedbackTotals totals(String entryId) {
        return byEntry.getOrDefault(entryId, FeedbackTotals.NONE);
    }

    @Override
    public synchronized Map<String, FeedbackTotals> byEntry() {
        return Map.copyOf(byEntry);
    }

    @Override
    public synchronized FeedbackSummary summary(int mostUnhelpful) {
        return FeedbackSummary.of(byEntry, byPlatform, since, mostUnhelpful);
    }

    /** Every count, for a backup. */
    public synchronized VoteCounts counts() {
        return new VoteCounts(byEntry, byPlatform, since);
    }

    /**
     * Sets the counts of a backup: each entry's and platform's counts become the backup's (so that
     * restoring the same backup twice counts nothing twice), and the earliest vote is the earlier of
     * both.
     */
    public synchronized void restore(VoteCounts counts) {
        byEntry.putAll(counts.byEntry());
        byPlatform.putAll(counts.byPlatform());
        if (counts.since() != null && (since == null || counts.since().isBefore(since))) {
            since = counts.since();
        }
    }
}
