package dev.watchkeeper.core.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link QuestionLog} must have. */
public abstract class QuestionLogContract {
    /** The most missed questions the log under test keeps. */
    protected static final int CAPACITY = 3;

    private static final Instant T = Instant.parse("2026-11-21T23:30:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-21");

    /** An empty log keeping {@link #CAPACITY} missed questions and at least 400 days of counts. */
    protected abstract QuestionLog newLog();

    /** A handle over the same log after a restart; the same if it cannot restart. */
    protected QuestionLog reopened(QuestionLog current) {
        return current;
    }

    @Test
    void countsAnswersMissesAndVotesOnTheirUtcDayWithZerosForQuietDays() {
        QuestionLog log = newLog();
        log.answered(T);
        log.answered(T.plusSeconds(1));
        log.missed(new MissedQuestion("where is my refund", "en", Platform.TELEGRAM, T.plusSeconds(2)));
        log.answered(T.plusSeconds(3600));
        log.voted(true, T.plusSeconds(4));
        log.voted(false, T.plusSeconds(3601));
        log.voted(false, T.plusSeconds(3602));

        List<QuestionDay> days = reopened(log).days(DAY.minusDays(1), DAY.plusDays(2));

        assertThat(days)
                .containsExactly(
                        new QuestionDay(DAY.minusDays(1), 0, 0, 0, 0),
                        new QuestionDay(DAY, 2, 1, 1, 0),
                        new QuestionDay(DAY.plusDays(1), 1, 0, 0, 2),
                        new QuestionDay(DAY.plusDays(2), 0, 0, 0, 0));
    }

    @Test
    void keepsTheLatestMissedQuestionsNewestFirstUpToItsCapacity() {
        QuestionLog log = newLog();
        for (int i = 1; i <= CAPACITY + 2; i++) {
            log.missed(
                    new MissedQuestion("question " + i, i % 2 == 0 ? "ru" : null, Platform.DISCORD, T.plusSeconds(i)));
        }

        List<MissedQuestion> latest = reopened(log).latestMissed(10);

        assertThat(latest).extracting(MissedQuestion::text).containsExactly("question 5", "question 4", "question 3");
        assertThat(latest.get(1)).isEqualTo(new MissedQuestion("question 4", "ru", Platform.DISCORD, T.plusSeconds(4)));
        assertThat(latest.getFirst().language()).isNull();
        assertThat(reopened(log).latestMissed(1))
                .extracting(MissedQuestion::text)
                .containsExactly("question 5");
        assertThat(reopened(log).days(DAY, DAY).getFirst().missed()).isEqualTo(CAPACITY + 2);
    }

    @Test
    void anEmptyLogHasNoMissedQuestionsAndRefusesABackwardRange() {
        QuestionLog log = newLog();

        assertThat(log.latestMissed(5)).isEmpty();
        assertThat(log.days(DAY, DAY)).containsExactly(new QuestionDay(DAY, 0, 0, 0, 0));
        assertThatThrownBy(() -> log.days(DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }
}
