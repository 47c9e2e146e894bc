package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.AnswerThresholds;
import org.jspecify.annotations.Nullable;

/**
 * How the conversation engine behaves, mapped from configuration.
 *
 * @param thresholds the answer policy's confidence thresholds
 * @param answerUnaddressedQuestions in group chats, answer messages that do not address the bot
 *     when they are clearly questions answerable with {@link AnswerThresholds#unaddressedGroup()}
 *     confidence
 * @param botUsername the bot's handle without {@code @}, used to read {@code /command@handle}
 *     and to strip mentions; null when unknown
 * @param defaultLanguage the language to prefer when a member's is unknown
 * @param maxQueryChars over-long messages are cut to this many characters before searching
 */
public record EngineSettings(
        AnswerThresholds thresholds,
        boolean answerUnaddressedQuestions,
        @Nullable String botUsername,
        String defaultLanguage,
        int maxQueryChars) {
    public EngineSettings {
        requireNonNull(thresholds, "thresholds");
        requireNonNull(defaultLanguage, "defaultLanguage");
        if (maxQueryChars < 16) {
            throw new IllegalArgumentException("maxQueryChars must be at least 16: " + maxQueryChars);
        }
    }
}
