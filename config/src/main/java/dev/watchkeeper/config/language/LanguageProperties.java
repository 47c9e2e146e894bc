package dev.watchkeeper.config.language;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.language}: how the bot tells a member's language, and where its texts come
 * from.
 *
 * @param detector {@code lingua} tells all six languages from the text (its models load in the
 *     background at start-up); {@code script} tells only Russian and Chinese, by their letters
 * @param messagesPath a folder of message bundles ({@code conversation_es.properties} …) whose
 *     texts replace the bundled ones key by key; unset means the bundled texts only
 * @param staff the language support staff and moderators read: ticket cards, notices in ticket
 *     spaces, replies to staff commands, SLA alerts, {@code /stats} and moderation cases; members
 *     keep their own language
 * @param modelWait how long a message in Latin letters that arrives while the language models
 *     are still loading (the first seconds after a start) waits for them, so that it is answered
 *     in its own language; 0 answers at once in the default language
 */
@Validated
@ConfigurationProperties("watchkeeper.language")
public record LanguageProperties(
        @DefaultValue("lingua") @NotNull Detector detector,
        @Nullable Path messagesPath,
        @DefaultValue("en")
                @NotNull
                @Pattern(regexp = "en|ru|zh|es|pt|tr", message = "must be one of en, ru, zh, es, pt, tr")
                String staff,
        @DefaultValue("5s") @NotNull java.time.Duration modelWait) {

    /** The language detectors to choose from. */
    public enum Detector {
        LINGUA,
        SCRIPT
    }
}
