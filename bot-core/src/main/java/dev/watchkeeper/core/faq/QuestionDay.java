package dev.watchkeeper.core.faq;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What became of the questions asked of the bot on one day (UTC), and what members thought of its
 * answers that day.
 *
 * @param day the day
 * @param answered questions answered from the knowledge base
 * @param missed questions nothing in the knowledge base was close to
 * @param helpful "this helped" votes on answers
 * @param unhelpful "this did not help" votes on answers
 */
public record QuestionDay(LocalDate day, long answered, long missed, long helpful, long unhelpful) {
    public QuestionDay {
        requireNonNull(day, "day");
        if (answered < 0 || missed < 0 || helpful < 0 || unhelpful < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
