package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The texts of one message bundle in one language, for a fixed set of keys: the constants of an
 * enum, whose bundle keys are their names in lower camel case ({@code CARD_MEMBER} is {@code
 * cardMember}), and the labels of the values of some enums, keyed by the enum's simple name in
 * lower camel case and the value's name in lower case ({@code TicketStatus.WAITING_ON_MEMBER} is
 * {@code ticketStatus.waiting_on_member}). Every key is read when the table is built, so a key
 * missing from the English bundle fails at start-up rather than in a staff chat.
 *
 * <p>Texts are {@link String#format} patterns filled with {@link Locale#ROOT}, so numbers read the
 * same in every language. Immutable and thread-safe.
 *
 * @param <K> the enum of the bundle's keys
 */
public final class TextTable<K extends Enum<K>> {
    private final String language;
    private final Map<String, String> texts;

    private TextTable(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    /**
     * Reads every key of {@code keys} and every label of the values of {@code labelled}.
     *
     * @param catalog where the texts come from
     * @param bundle the bundle's base name
     * @param language the language; one the bot does not speak gives English
     * @throws MissingResourceException when not even the English bundle has a key
     */
    public static <K extends Enum<K>> TextTable<K> read(
            MessageCatalog catalog,
            String bundle,
            String language,
            Class<K> keys,
            List<Class<? extends Enum<?>>> labelled) {
        MessageCatalog.Texts bundled = catalog.texts(bundle, language);
        Map<String, String> texts = new HashMap<>();
        for (K key : keys.getEnumConstants()) {
            texts.put(key(key), bundled.get(key(key)));
        }
        for (Class<? extends Enum<?>> type : labelled) {
            for (Enum<?> value : type.getEnumConstants()) {
                texts.put(labelKey(value), bundled.get(labelKey(value)));
            }
        }
        return new TextTable<>(MemberLanguage.supported(language).orElse(MemberLanguage.ENGLISH), texts);
    }

    /** The language of the texts, one of {@link MemberLanguage#SUPPORTED}. */
    public String language() {
        return language;
    }

    /** The text of {@code key} with its placeholders filled by {@code arguments}, in order. */
    public String format(K key, Object... arguments) {
        return String.format(Locale.ROOT, requireNonNull(texts.get(key(key)), key.name()), arguments);
    }

    /**
     * The label of an enum value; a value whose enum was not read gives its name in lower case with
     * spaces.
     */
    public String label(Enum<?> value) {
        String label = texts.get(labelKey(value));
        return label != null ? label : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The name of a language in the table's language with its code: {@code Spanish (es)} in an
     * English table, {@code испанский (es)} in a Russian one; the code alone for an unknown one.
     */
    public String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language));
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The bundle key of an enum constant: {@code CARD_MEMBER} → {@code cardMember}. */
    static String key(Enum<?> constant) {
        return lowerCamel(constant.name().toLowerCase(Locale.ROOT).split("_"));
    }

    /** The bundle key of an enum value's label: {@code TicketStatus.OPEN} → {@code ticketStatus.open}. */
    static String labelKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "."
                + value.name().toLowerCase(Locale.ROOT);
    }

    private static String lowerCamel(String[] words) {
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
