package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which of the bot's languages to answer a member in, decided for each message.
 *
 * <p>What the member writes decides first: a message that the {@link LanguageDetector} can tell
 * is answered in its language, whatever the member's client is set to (a member who writes in
 * Spanish on an English-locale client gets Spanish). A message that cannot be told ("ok", a
 * number, an emoji) keeps the language remembered for the conversation, so one short word does
 * not flip it. With nothing remembered yet, the platform's report of the member's language counts
 * when the bot speaks it, and the community's default language otherwise.
 *
 * <p>Stateless apart from the detector; thread-safe; blocks only as long as the detector does
 * (never on the network).
 */
public final class MemberLanguage {
    /** The languages the bot speaks to members, as ISO 639-1 codes; English first. */
    public static final List<String> SUPPORTED = List.of("en", "ru", "zh", "es", "pt", "tr");

    /** English, the language every text has. */
    public static final String ENGLISH = "en";

    private final LanguageDetector detector;
    private final String defaultLanguage;

    /**
     * @param detector tells the language of a message
     * @param defaultLanguage the language for a member about whom nothing is known; one of
     *     {@link #SUPPORTED}
     */
    public MemberLanguage(LanguageDetector detector, String defaultLanguage) {
        this.detector = requireNonNull(detector, "detector");
        this.defaultLanguage = supported(defaultLanguage)
                .orElseThrow(() -> new IllegalArgumentException("not a supported language: " + defaultLanguage));
    }

    /** Script-only detection (Russian and Chinese told by their letters), English by default. */
    public static MemberLanguage byScript() {
        return new MemberLanguage(new ScriptLanguageDetector(), ENGLISH);
    }

    /**
     * The language to answer this message in, one of {@link #SUPPORTED}.
     *
     * @param platformHint the language the platform reports for the member (IETF tag such as
     *     {@code pt-BR}), if any
     * @param words what the member wrote
     * @param remembered the language decided for the member's earlier messages in this
     *     conversation, if any
     */
    public String decide(@Nullable String platformHint, String words, @Nullable String remembered) {
        return detector.detect(words)
                .flatMap(MemberLanguage::supported)
                .or(() -> supported(remembered))
                .or(() -> supported(platformHint))
                .orElse(defaultLanguage);
    }

    /** The language of some words when they can be told; empty otherwise. */
    public Optional<String> detect(String words) {
        return detector.detect(words).flatMap(MemberLanguage::supported);
    }

    /** The community's default language. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * The primary subtag of an IETF language tag ({@code pt-BR} → {@code pt}, {@code zh_Hans} →
     * {@code zh}) when the bot speaks that language; empty for none or another language.
     */
    public static Optional<String> supported(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return SUPPORTED.contains(primary) ? Optional.of(primary) : Optional.empty();
    }
}
