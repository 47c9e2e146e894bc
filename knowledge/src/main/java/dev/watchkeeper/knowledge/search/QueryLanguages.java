package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The languages a question is read in first, and the language its answer should be in. A language
 * given by the caller wins (the text's own language, when its letters tell it, is read as primary
 * too); without one it is told from the script: Cyrillic is Russian, Han is
 * Chinese, and Latin letters are Spanish, Portuguese or Turkish when a letter only that language
 * uses shows it, else any of the Latin-script languages or Russian typed in Latin letters.
 *
 * @param primary analysis keys whose matches count fully; matches in other languages are discounted
 * @param preferred the language tag answers should be in, or null when the text does not tell
 */
record QueryLanguages(Set<String> primary, @Nullable String preferred) {
    private static final Set<String> LATIN = Set.of("en", "es", "pt", "tr", "ru");

    static QueryLanguages of(@Nullable String language, String text, Set<String> indexed) {
        String detected = fromScript(text);
        if (language != null && !language.isBlank()) {
            String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            String key = LanguageAnalysis.keyOf(tag);
            if (indexed.contains(key)) {
                // a client set to English whose member writes Cyrillic or Chinese: read it as written too
                boolean otherScript = detected != null && !detected.equals(key) && indexed.contains(detected);
                return new QueryLanguages(otherScript ? Set.of(key, detected) : Set.of(key), tag);
            }
        }
        if (detected != null) {
            Set<String> primary = indexed.contains(detected) ? Set.of(detected) : indexed;
            return new QueryLanguages(primary, detected);
        }
        Set<String> latin = new LinkedHashSet<>(indexed);
        latin.retainAll(LATIN);
        return new QueryLanguages(latin.isEmpty() ? indexed : latin, null);
    }

    /** The language the letters show, or null when they could be several. */
    static @Nullable String fromScript(String text) {
        int cyrillic = 0;
        int latin = 0;
        boolean han = false;
        String marker = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.UnicodeScript.of(cp)) {
                case CYRILLIC -> cyrillic++;
                case HAN -> han = true;
                case LATIN -> latin++;
                default -> {}
            }
            if (marker == null) {
                marker = marker(cp);
            }
        }
        if (han) {
            return "zh";
        }
        if (cyrillic > 0 && cyrillic >= latin) {
            return "ru";
        }
        return marker;
    }

    private static @Nullable String marker(int cp) {
        return switch (cp) {
            case 'ñ', 'Ñ', '¿', '¡' -> "es";
            case 'ã', 'Ã', 'õ', 'Õ' -> "pt";
            case 'ğ', 'Ğ', 'ş', 'Ş', 'ı', 'İ' -> "tr";
            default -> null;
        };
    }
}
