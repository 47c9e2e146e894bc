package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What became of the questions asked of the bot on one day (UTC).
 *
 * @param day the day
 * @param answered questions answered from the knowledge base
 * @param missed questions nothing in the knowledge base was close to
 */
public record QuestionDay(LocalDate day, long answered, long missed) {
    public QuestionDay {
        requireNonNull(day, "day");
        if (answered < 0 || missed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
