package dev.watchkeeper.core.faq;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every answer vote a store has counted, as counts: what an {@link AnswerFeedback} keeps (it
 * keeps no single vote, no member and no text), for backups.
 *
 * @param byEntry votes per knowledge-base entry id
 * @param byPlatform votes per platform
 * @param since the earliest vote counted, null when there are none
 */
public record VoteCounts(
        Map<String, FeedbackTotals> byEntry, Map<Platform, FeedbackTotals> byPlatform, @Nullable Instant since) {
    public VoteCounts {
        byEntry = Map.copyOf(byEntry);
        byPlatform = Map.copyOf(byPlatform);
    }

    /** No votes. */
    public static VoteCounts none() {
        return new VoteCounts(Map.of(), Map.of(), null);
    }

    /** True when no vote is counted. */
    public boolean isEmpty() {
        return byEntry.isEmpty() && byPlatform.isEmpty() && since == null;
    }
}
