package dev.watchkeeper.web.dashboard;

import java.time.Instant;
import java.util.Set;

/**
 * A question the bot could not answer, with how often it was asked in the range: the same words
 * (ignoring case and spacing) count as one question.
 *
 * @param text the question, redacted, as last asked
 * @param times how many times it was asked among the kept missed questions of the range
 * @param lastAsked when it was last asked
 * @param languages the languages it was asked in
 * @param platforms the platforms it was asked on (lower case)
 */
public record MissedQuestionGroup(
        String text, int times, Instant lastAsked, Set<String> languages, Set<String> platforms) {
    public MissedQuestionGroup {
        languages = Set.copyOf(languages);
        platforms = Set.copyOf(platforms);
    }
}
