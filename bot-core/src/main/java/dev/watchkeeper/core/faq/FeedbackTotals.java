package dev.watchkeeper.core.faq;

/**
 * Votes counted together: for one entry, one platform or all answers.
 *
 * @param helpful "this helped" votes
 * @param unhelpful "this did not help" votes
 */
public record FeedbackTotals(long helpful, long unhelpful) {
    /** No votes. */
    public static final FeedbackTotals NONE = new FeedbackTotals(0, 0);

    public FeedbackTotals {
        if (helpful < 0 || unhelpful < 0) {
            throw new IllegalArgumentException("vote counts must not be negative");
        }
    }

    /** The totals of one vote. */
    public static FeedbackTotals of(boolean helpful) {
        return helpful ? new FeedbackTotals(1, 0) : new FeedbackTotals(0, 1);
    }

    /** These votes and those together. */
    public FeedbackTotals plus(FeedbackTotals other) {
        return new FeedbackTotals(helpful + other.helpful, unhelpful + other.unhelpful);
    }

    /** All votes. */
    public long votes() {
        return helpful + unhelpful;
    }
}
