package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

/**
 * The votes on one knowledge-base entry.
 *
 * @param entryId the entry
 * @param totals its votes
 */
public record EntryFeedback(String entryId, FeedbackTotals totals) {
    public EntryFeedback {
        requireNonNull(entryId, "entryId");
        requireNonNull(totals, "totals");
    }
}
