package dev.watchkeeper.core.language;

import java.util.Optional;

/**
 * A detector that goes by writing system alone: among the bot's languages only Russian is written
 * in Cyrillic and only Chinese in Han characters, so a message mostly in one of those scripts is
 * told for sure, and any Latin-script text is left undecided. It is what the core uses when no
 * statistical {@link LanguageDetector} is wired (tests, benchmarks). Stateless and thread-safe.
 */
public final class ScriptLanguageDetector implements LanguageDetector {
    @Override
    public Optional<String> detect(String text) {
        int cyrillic = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> {}
            }
        }
        if (han > 0 && han * 2 >= latin) {
            return Optional.of("zh");
        }
        if (cyrillic >= 2 && cyrillic >= latin) {
            return Optional.of("ru");
        }
        return Optional.empty();
    }
}
