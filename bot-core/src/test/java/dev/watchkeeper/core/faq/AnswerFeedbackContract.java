package dev.watchkeeper.core.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AnswerFeedback} must have. */
public abstract class AnswerFeedbackContract {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    /** A store without votes. */
    protected abstract AnswerFeedback newFeedback();

    /** A handle over the same votes after a restart; the same if it cannot restart. */
    protected AnswerFeedback reopened(AnswerFeedback current) {
        return current;
    }

    @Test
    void countsVotesPerEntryAndPlatform() {
        AnswerFeedback feedback = newFeedback();
        feedback.record(new AnswerVote("deposit-missing", true, Platform.TELEGRAM, T));
        feedback.record(new AnswerVote("deposit-missing", false, Platform.TELEGRAM, T.plusSeconds(1)));
        feedback.record(new AnswerVote("deposit-missing", false, Platform.DISCORD, T.plusSeconds(2)));
        feedback.record(new AnswerVote("2fa-reset", true, Platform.DISCORD, T.plusSeconds(3)));

        AnswerFeedback after = reopened(feedback);

        assertThat(after.totals("deposit-missing")).isEqualTo(new FeedbackTotals(1, 2));
        assertThat(after.totals("2fa-reset")).isEqualTo(new FeedbackTotals(1, 0));
        FeedbackSummary summary = after.summary(5);
        assertThat(summary.overall()).isEqualTo(new FeedbackTotals(2, 2));
        assertThat(summary.byPlatform())
                .isEqualTo(Map.of(
                        Platform.TELEGRAM, new FeedbackTotals(1, 1),
                        Platform.DISCORD, new FeedbackTotals(1, 1)));
        assertThat(summary.since()).isEqualTo(T);
        assertThat(after.byEntry())
                .isEqualTo(Map.of(
                        "deposit-missing", new FeedbackTotals(1, 2),
                        "2fa-reset", new FeedbackTotals(1, 0)));
    }

    @Test
    void anEntryNobodyVotedOnHasNoVotes() {
        AnswerFeedback feedback = newFeedback();

        assertThat(feedback.totals("deposit-missing")).isEqualTo(FeedbackTotals.NONE);
        assertThat(feedback.summary(5)).isEqualTo(FeedbackSummary.none());
        assertThat(feedback.byEntry()).isEmpty();
    }

    @Test
    void listsTheEntriesWithTheMostUnhelpfulVotesFirstUpToTheLimit() {
        AnswerFeedback feedback = newFeedback();
        vote(feedback, "withdrawal-pending", false, 3);
        vote(feedback, "withdrawal-pending", true, 1);
        vote(feedback, "kyc-rejected", false, 1);
        vote(feedback, "2fa-reset", false, 1);
        vote(feedback, "deposit-missing", true, 9);
        vote(feedback, "fees", false, 1);

        assertThat(reopened(feedback).summary(3).mostUnhelpful())
                .containsExactly(
                        new EntryFeedback("withdrawal-pending", new FeedbackTotals(1, 3)),
                        new EntryFeedback("2fa-reset", new FeedbackTotals(0, 1)),
                        new EntryFeedback("fees", new FeedbackTotals(0, 1)));
    }

    @Test
    void sinceIsTheEarliestVoteWhateverTheOrderTheyArrive() {
        AnswerFeedback feedback = newFeedback();
        feedback.record(new AnswerVote("fees", true, Platform.TELEGRAM, T.plusSeconds(60)));
        feedback.record(new AnswerVote("fees", true, Platform.TELEGRAM, T));
        feedback.record(new AnswerVote("fees", true, Platform.TELEGRAM, T.plusSeconds(30)));

        assertThat(reopened(feedback).summary(1).since()).isEqualTo(T);
    }

    @Test
    void keepsEntryIdsWithAnyCharacters() {
        AnswerFeedback feedback = newFeedback();
        String odd = "faq:déposit:helpful 存款";
        feedback.record(new AnswerVote(odd, false, Platform.CONSOLE, T));

        assertThat(reopened(feedback).totals(odd)).isEqualTo(new FeedbackTotals(0, 1));
        assertThat(reopened(feedback).summary(1).mostUnhelpful())
                .containsExactly(new EntryFeedback(odd, new FeedbackTotals(0, 1)));
    }

    private static void vote(AnswerFeedback feedback, String entryId, boolean helpful, int times) {
        for (int i = 0; i < times; i++) {
            feedback.record(new AnswerVote(entryId, helpful, Platform.TELEGRAM, T.plusSeconds(i)));
        }
    }
}
