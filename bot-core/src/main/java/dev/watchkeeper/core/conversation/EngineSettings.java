package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.model.Platform;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the conversation engine behaves, mapped from configuration.
 *
 * @param thresholds the answer policy's confidence thresholds
 * @param answerUnaddressedQuestions in group chats, answer messages that do not address the bot
 *     when they are clearly questions answerable with {@link AnswerThresholds#unaddressedGroup()}
 *     confidence
 * @param botUsername the bot's handle without {@code @}, used to strip mentions on every
 *     platform; null when unknown
 * @param botHandles the bot's handle on each platform without {@code @}, as the platform told it
 *     when it connected: a mention of it is stripped from that platform's messages before they
 *     are searched and their language told, so that "@handle my deposit has not arrived" gets the
 *     answer the same words get in private
 * @param defaultLanguage the language to prefer when a member's is unknown
 * @param maxQueryChars over-long messages are cut to this many characters before searching
 */
public record EngineSettings(
        AnswerThresholds thresholds,
        boolean answerUnaddressedQuestions,
        @Nullable String botUsername,
        Map<Platform, String> botHandles,
        String defaultLanguage,
        int maxQueryChars) {
    public EngineSettings {
        requireNonNull(thresholds, "thresholds");
        requireNonNull(defaultLanguage, "defaultLanguage");
        botHandles = Map.copyOf(botHandles);
        if (maxQueryChars < 16) {
            throw new IllegalArgumentException("maxQueryChars must be at least 16: " + maxQueryChars);
        }
    }
}
