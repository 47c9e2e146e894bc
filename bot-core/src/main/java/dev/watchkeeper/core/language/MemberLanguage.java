package dev.watchkeeper.core.language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which of the bot's languages to answer a member in: the one the platform reports for them, when
 * the bot speaks it and it is not English, or else the one their own words are written in.
 * English as the platform's report counts for little (it is most clients' default), so the words
 * decide then. Stateless and thread-safe.
 */
public final class MemberLanguage {
    /** The bot's own languages besides English, as ISO 639-1 codes. */
    public static final Set<String> TRANSLATED = Set.of("ru", "zh", "es", "pt", "tr");

    /** English, the language every text has. */
    public static final String ENGLISH = "en";

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern TURKISH =
            Pattern.compile("[ğışİ]|\\b(dolandır|hesab[ıi]m|cüzdan|çalındı|hacklendi)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PORTUGUESE = Pattern.compile(
            "[ãõç]|\\b(fui|golpe|minha|você|carteira|roubaram|hackearam a minha)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPANISH = Pattern.compile(
            "[ñ¿¡]|\\b(estafa|estafaron|me robaron|mi cuenta|billetera|hackearon)\\b", Pattern.CASE_INSENSITIVE);

    private MemberLanguage() {}

    /**
     * The language to answer in, one of {@link #TRANSLATED} or {@link #ENGLISH}.
     *
     * @param hint the language the platform reports (IETF tag such as {@code pt-BR}), if any
     * @param words what the member wrote, to tell the language when the platform does not
     */
    public static String of(@Nullable String hint, String words) {
        String reported = primary(hint);
        return TRANSLATED.contains(reported) ? reported : detect(words);
    }

    /** The primary subtag of an IETF language tag, lower-cased; empty for none. */
    public static String primary(@Nullable String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /** The language a short message is most likely written in, among the six; English otherwise. */
    public static String detect(String words) {
        if (CYRILLIC.matcher(words).find()) {
            return "ru";
        }
        if (HAN.matcher(words).find()) {
            return "zh";
        }
        if (TURKISH.matcher(words).find()) {
            return "tr";
        }
        if (PORTUGUESE.matcher(words).find()) {
            return "pt";
        }
        if (SPANISH.matcher(words).find()) {
            return "es";
        }
        return ENGLISH;
    }

    /**
     * A member's translation of some texts: the one for their language, or the community's own
     * (English) texts when there is none.
     */
    public static <T> T translation(
            Map<String, T> translations, @Nullable String hint, String words, Supplier<T> english) {
        T translated = translations.get(of(hint, words));
        return translated != null ? translated : english.get();
    }
}
