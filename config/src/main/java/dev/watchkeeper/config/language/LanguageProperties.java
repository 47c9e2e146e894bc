package dev.watchkeeper.config.language;

import jakarta.validation.constraints.NotNull;
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
 */
@Validated
@ConfigurationProperties("watchkeeper.language")
public record LanguageProperties(@DefaultValue("lingua") @NotNull Detector detector, @Nullable Path messagesPath) {

    /** The language detectors to choose from. */
    public enum Detector {
        LINGUA,
        SCRIPT
    }
}
