package dev.watchkeeper.config.language;

import dev.watchkeeper.core.language.LanguageDetector;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.ScriptLanguageDetector;
import dev.watchkeeper.language.LinguaLanguageDetector;

/**
 * The language detector and the texts that {@code watchkeeper.language} chooses, for the
 * application and for the commands that answer questions without starting it.
 */
public final class Languages {
    private Languages() {}

    /**
     * Lingua's detector loads its models in the background (or takes those a command started
     * early); the first detection waits for them. The script detector lets go of any started early.
     */
    public static LanguageDetector detector(LanguageProperties properties) {
        return switch (properties.detector()) {
            case LINGUA -> LinguaLanguageDetector.loadingInBackground(properties.modelWait());
            case SCRIPT -> {
                LinguaLanguageDetector.discardEarlyStart();
                yield new ScriptLanguageDetector();
            }
        };
    }

    /** The bundled texts, with the team's own where {@code messages-path} names a folder. */
    public static MessageCatalog catalog(LanguageProperties properties) {
        return properties.messagesPath() == null
                ? MessageCatalog.bundled()
                : MessageCatalog.withOverrides(properties.messagesPath());
    }
}
