package dev.watchkeeper.knowledge.loader;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The language a translation's file name declares: {@code deposit-not-credited.ru.md} is Russian,
 * {@code how-to-deposit.pt-br.md} Brazilian Portuguese. Only a known ISO 639-1 code counts, so a
 * dot in an ordinary name ({@code v1.2-notes.md}, {@code api.keys.md}) is not taken for one.
 * Stateless.
 */
final class FileLanguage {
    private static final Pattern SUFFIX = Pattern.compile(".*\\.([A-Za-z]{2})([-_][A-Za-z0-9]{2,8})?\\.md");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private FileLanguage() {}

    /** The language tag (lower case) in the file's name, or null when the name has none. */
    static @Nullable String of(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher m = SUFFIX.matcher(base);
        if (!m.matches()) {
            return null;
        }
        String primary = m.group(1).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(primary)) {
            return null;
        }
        String region = m.group(2);
        return region == null ? primary : primary + "-" + region.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the front matter's {@code lang} agrees with the name's: the same tag, or the same
     * primary language when one of them names no region or script ({@code pt} and {@code pt-br}).
     */
    static boolean agrees(String named, String lang) {
        if (named.equals(lang)) {
            return true;
        }
        return (!named.contains("-") || !lang.contains("-")) && primary(named).equals(primary(lang));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
