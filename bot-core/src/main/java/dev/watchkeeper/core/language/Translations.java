package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A feature's texts in each of the bot's {@link MemberLanguage#SUPPORTED languages}, read once
 * from a {@link MessageCatalog} into the feature's own record of texts. Reading every language up
 * front means a key missing from the English bundle fails at start-up, not in a conversation.
 * Immutable and thread-safe.
 *
 * @param <T> the feature's record of texts
 */
public final class Translations<T> {
    private final Map<String, T> byLanguage;

    private Translations(Map<String, T> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * Reads the texts of every supported language.
     *
     * @param catalog where the texts come from
     * @param reader builds the feature's texts for one language from the catalog
     */
    public static <T> Translations<T> of(MessageCatalog catalog, BiFunction<MessageCatalog, String, T> reader) {
        Map<String, T> texts = new LinkedHashMap<>();
        for (String language : MemberLanguage.SUPPORTED) {
            texts.put(language, requireNonNull(reader.apply(catalog, language), language));
        }
        return new Translations<>(texts);
    }

    /** The same texts whatever the member's language (a community that speaks one language). */
    public static <T> Translations<T> only(T texts) {
        Map<String, T> same = new LinkedHashMap<>();
        for (String language : MemberLanguage.SUPPORTED) {
            same.put(language, texts);
        }
        return new Translations<>(same);
    }

    /** The texts in this language; English for null or a language the bot does not speak. */
    public T in(@Nullable String language) {
        return byLanguage.get(MemberLanguage.supported(language).orElse(MemberLanguage.ENGLISH));
    }
}
