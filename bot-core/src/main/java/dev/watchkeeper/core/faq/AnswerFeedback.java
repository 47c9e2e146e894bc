package dev.watchkeeper.core.faq;

import java.util.Map;

/**
 * Port: members' votes on the bot's answers ("this helped", "this did not help"), counted per
 * knowledge-base entry and per platform, so that staff see which answers need work. Counts every
 * vote it is given: the conversation engine gives one vote per answer it offered the choice under.
 * Keeps no member and no text.
 *
 * <p>Thread-safe. {@link #record} never reports a failure to the caller (nobody is told a vote was
 * saved): a networked implementation may keep a vote back while its store is unreachable and write
 * it when the store returns, and blocks for at most one round trip. The reads block for a few
 * round trips and throw when the store cannot be reached.
 */
public interface AnswerFeedback {
    /** Counts the vote. */
    void record(AnswerVote vote);

    /** The votes on one entry; {@link FeedbackTotals#NONE} for an entry nobody voted on. */
    FeedbackTotals totals(String entryId);

    /**
     * The votes on every entry anybody voted on, by entry id: one read for a list of all entries
     * (entries nobody voted on are absent).
     */
    Map<String, FeedbackTotals> byEntry();

    /**
     * Every vote counted, per platform, with the entries members found least helpful.
     *
     * @param mostUnhelpful how many of those entries to list at most
     */
    FeedbackSummary summary(int mostUnhelpful);
}
