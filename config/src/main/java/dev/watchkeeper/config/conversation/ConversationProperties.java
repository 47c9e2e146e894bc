package dev.watchkeeper.config.conversation;

import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.model.Platform;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.conversation}: how the engine talks.
 *
 * @param answerUnaddressedQuestions in groups, also answer clear questions that do not address the
 *     bot, when the search is at least {@code watchkeeper.answer.unaddressed-group-threshold} sure
 * @param botUsername the bot's handle without {@code @}; the platform adapters set it when they
 *     connect, so it is only needed for the console
 * @param defaultLanguage the language assumed when a platform does not report one
 * @param maxQueryChars longer messages are cut to this many characters before searching
 * @param idleTimeout a conversation's state is forgotten after this long without messages
 */
@Validated
@ConfigurationProperties("watchkeeper.conversation")
public record ConversationProperties(
        @DefaultValue("false") boolean answerUnaddressedQuestions,
        @Nullable String botUsername,
        @DefaultValue("en") @NotBlank String defaultLanguage,
        @DefaultValue("1000") @Min(16) int maxQueryChars,
        @DefaultValue("24h") Duration idleTimeout) {

    /**
     * The engine's settings, answering by {@code thresholds}; {@code handles} name the bot on each
     * platform it runs on, which tells a command or mention addressed to it.
     */
    public EngineSettings toEngineSettings(AnswerThresholds thresholds, Map<Platform, String> handles) {
        return new EngineSettings(
                thresholds, answerUnaddressedQuestions, botUsername, handles, defaultLanguage, maxQueryChars);
    }
}
