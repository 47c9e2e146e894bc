package dev.watchkeeper.redis.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.QuestionDay;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.faq.QuestionLogContract;
import dev.watchkeeper.redis.RedisKeyspace;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisQuestionLogIT extends QuestionLogContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected QuestionLog newLog() {
        return new RedisQuestionLog(redis.open(), CAPACITY, 400);
    }

    @Override
    protected QuestionLog reopened(QuestionLog current) {
        return new RedisQuestionLog(redis.open(), CAPACITY, 400);
    }

    @Test
    void forgetsTheCountsOfADayOnceItFallsOutOfTheKeptDays() {
        QuestionLog log = new RedisQuestionLog(redis.open(), CAPACITY, 2);
        Instant first = Instant.parse("2026-11-01T10:00:00Z");
        for (int day = 0; day < 3; day++) {
            log.answered(first.plusSeconds(86_400L * day));
        }

        assertThat(log.days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03")))
                .containsExactly(
                        new QuestionDay(LocalDate.parse("2026-11-01"), 0, 0, 0, 0),
                        new QuestionDay(LocalDate.parse("2026-11-02"), 1, 0, 0, 0),
                        new QuestionDay(LocalDate.parse("2026-11-03"), 1, 0, 0, 0));
    }
}
