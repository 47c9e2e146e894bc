package dev.watchkeeper.core.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryQuestionLogTest extends QuestionLogContract {
    @Override
    protected QuestionLog newLog() {
        return new InMemoryQuestionLog(CAPACITY, 400);
    }

    @Test
    void forgetsTheCountsOfTheOldestDaysBeyondThoseItKeeps() {
        QuestionLog log = new InMemoryQuestionLog(CAPACITY, 2);
        Instant first = Instant.parse("2026-11-01T10:00:00Z");
        for (int day = 0; day < 3; day++) {
            log.answered(first.plusSeconds(86_400L * day));
        }
        log.missed(new MissedQuestion("q", "en", Platform.TELEGRAM, first.plusSeconds(86_400L * 2)));

        assertThat(log.days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03")))
                .containsExactly(
                        new QuestionDay(LocalDate.parse("2026-11-01"), 0, 0, 0, 0),
                        new QuestionDay(LocalDate.parse("2026-11-02"), 1, 0, 0, 0),
                        new QuestionDay(LocalDate.parse("2026-11-03"), 1, 1, 0, 0));
    }
}
