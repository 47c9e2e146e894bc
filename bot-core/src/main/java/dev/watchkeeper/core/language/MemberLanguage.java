package dev.watchkeeper.core.language;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * <p>One exception: Russian is often typed in Latin letters ("depozit ne prishel"), which no
 * detector can tell from English or Turkish. A message without Cyrillic letters and without an
 * English function word ({@code english-function-words.txt}: "my", "is", "how"…) from a member
 * known to be Russian (remembered, or reported by the platform) stays Russian; the knowledge base
 * reads such words as Russian too. "my deposit is missing" from the same member is English.
 *
 * <p>Stateless apart from the detector; thread-safe; blocks only as long as the detector does
 * (never on the network).
 */
public final class MemberLanguage {
    /** The languages the bot speaks to members, as ISO 639-1 codes; English first. */
    public static final List<String> SUPPORTED = List.of("en", "ru", "zh", "es", "pt", "tr");

    /** English, the language every text has. */
    public static final String ENGLISH = "en";

    /** The language members often type in Latin letters, which detectors read as another. */
    private static final String TYPED_IN_LATIN = "ru";

    private static final Set<String> ENGLISH_FUNCTION_WORDS = readWords("english-function-words.txt");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}']+");

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
        Optional<String> known = supported(remembered).or(() -> supported(platformHint));
        Optional<String> detected = detector.detect(words).flatMap(MemberLanguage::supported);
        if (detected.isPresent()
                && known.filter(TYPED_IN_LATIN::equals).isPresent()
                && !hasCyrillic(words)
                && !hasEnglishFunctionWord(words)) {
            return known.get();
        }
        return detected.or(() -> known).orElse(defaultLanguage);
    }

    private static boolean hasEnglishFunctionWord(String words) {
        for (String word : NOT_LETTERS.split(words.toLowerCase(Locale.ROOT))) {
            if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> readWords(String name) {
        try (InputStream in = MemberLanguage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasCyrillic(String words) {
        return words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
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
