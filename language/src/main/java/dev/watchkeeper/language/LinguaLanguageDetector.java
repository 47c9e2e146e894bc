package dev.watchkeeper.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.watchkeeper.core.language.LanguageDetector;
import dev.watchkeeper.core.language.ScriptLanguageDetector;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the language of a chat message with Lingua's n-gram models, restricted to the bot's six
 * languages (restricting the choice is what makes short messages reliable). Lingua is picked over
 * OpenNLP's detector because it is built for short text and can be limited to these languages;
 * see docs/configuration.md for its accuracy, size and start-up figures.
 *
 * <p>Chat messages carry much that is in no language: links, handles, addresses, hashes, numbers,
 * tickers. They are removed first; what is left must have {@value #MIN_LETTERS} letters or more and
 * Lingua must find it in one of the languages, or the answer is empty: "ok", "thx", "USDT?" do not
 * decide a member's language.
 *
 * <p>Loading the six languages' models takes seconds and about 230 MB of heap. {@link
 * #loadingInBackground()} loads them on a daemon thread from the moment it is made and, until they
 * are in, tells Russian and Chinese by their script alone ({@link ScriptLanguageDetector}), so the
 * bot never waits for them. Thread-safe; CPU only once loaded.
 */
public final class LinguaLanguageDetector implements LanguageDetector {
    static final int MIN_LETTERS = 5;
    /** Lingua's own "too close to call" margin: zero, since the letter floor does that job. */
    private static final double MIN_RELATIVE_DISTANCE = 0.0;

    private static final Logger log = LoggerFactory.getLogger(LinguaLanguageDetector.class);

    private static final Map<Language, String> CODES = Map.of(
            Language.ENGLISH, "en",
            Language.RUSSIAN, "ru",
            Language.CHINESE, "zh",
            Language.SPANISH, "es",
            Language.PORTUGUESE, "pt",
            Language.TURKISH, "tr");

    /** Links, handles, hashes and addresses, numbers and upper-case tickers: no language in them. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?i:https?://\\S+|www\\.\\S+|\\S+\\.(?:com|io|org|net|xyz|app)\\S*)|[@#]\\w+|\\b0x[0-9a-fA-F]+\\b"
                    + "|\\b\\w*\\d\\w*\\b|\\b\\p{Lu}{2,6}\\b");

    private final CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> lingua;
    /** Models whose loading a command started before it made its detector. */
    private static final AtomicReference<CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector>> EARLY =
            new AtomicReference<>();

    private final LanguageDetector untilLoaded = new ScriptLanguageDetector();

    private final Duration loadWait;

    private LinguaLanguageDetector(
            CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> lingua, Duration loadWait) {
        this.lingua = lingua;
        this.loadWait = loadWait;
    }

    /**
     * A detector that takes its models from {@code models} once that completes (for tests that must
     * decide when the models are in; a second build in one JVM takes milliseconds, since Lingua
     * keeps loaded models, so a detector loading on its own thread cannot be caught before).
     */
    static LinguaLanguageDetector loadingFrom(
            CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> models) {
        return new LinguaLanguageDetector(models, Duration.ZERO);
    }

    /** The models, built now on the calling thread. */
    static com.github.pemistahl.lingua.api.LanguageDetector models() {
        return build();
    }

    /** A detector whose models are loaded now, before this returns. */
    public static LinguaLanguageDetector loaded() {
        LinguaLanguageDetector detector =
                new LinguaLanguageDetector(CompletableFuture.completedFuture(build()), Duration.ZERO);
        return detector;
    }

    /**
     * A detector whose models load on a daemon thread started now, so that they load while the
     * rest of the application starts (the knowledge base's index, the embedding model) rather than
     * after the first message; it goes by script until they are in.
     */
    public static LinguaLanguageDetector loadingInBackground() {
        return loadingInBackground(Duration.ZERO);
    }

    /**
     * Like {@link #loadingInBackground()}, but a message in Latin letters that arrives while the
     * models load waits for them up to {@code loadWait}: the first Spanish, Portuguese or Turkish
     * question after a start is answered in its language a few seconds later rather than at once
     * in the default language. Russian and Chinese never wait (their script tells them).
     */
    public static LinguaLanguageDetector loadingInBackground(Duration loadWait) {
        CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> early = EARLY.getAndSet(null);
        return new LinguaLanguageDetector(early != null ? early : startLoading(), loadWait);
    }

    /**
     * Starts loading the models now, on a daemon thread, for the next detector made with {@link
     * #loadingInBackground(Duration)}: a command that will tell languages calls this first thing,
     * so that the seconds the models take overlap reading its settings too. Returns at once; a
     * second call before that detector is made does nothing.
     */
    public static synchronized void startLoadingEarly() {
        if (EARLY.get() == null) {
            EARLY.set(startLoading());
        }
    }

    /**
     * Lets go of models started early that no detector will take (the settings chose to tell
     * languages by script alone), so that their memory is freed once they are in.
     */
    public static void discardEarlyStart() {
        EARLY.set(null);
    }

    /** True while models started early wait for a detector to take them. */
    static boolean hasEarlyStart() {
        return EARLY.get() != null;
    }

    private static CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> startLoading() {
        CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> lingua = new CompletableFuture<>();
        Thread loader = new Thread(
                () -> {
                    try {
                        lingua.complete(build());
                    } catch (RuntimeException | Error e) {
                        log.error("Could not load the language models; languages are told by script only", e);
                        lingua.completeExceptionally(e);
                    }
                },
                "language-models");
        loader.setDaemon(true);
        loader.start();
        return lingua;
    }

    /** True once the models are in. */
    public boolean isLoaded() {
        return lingua.isDone() && !lingua.isCompletedExceptionally();
    }

    @Override
    public Optional<String> detect(String text) {
        String words = NOT_WORDS.matcher(text).replaceAll(" ");
        if (!isLoaded()) {
            Optional<String> byScript = untilLoaded.detect(text);
            if (byScript.isPresent() || letters(words) < MIN_LETTERS || !awaitModels()) {
                return byScript;
            }
        }
        if (letters(words) < MIN_LETTERS) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(lingua.join().detectLanguageOf(words)));
    }

    /** Waits up to the load wait for the models; true when they are in. */
    private boolean awaitModels() {
        if (loadWait.isZero() || loadWait.isNegative()) {
            return false;
        }
        try {
            lingua.get(loadWait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static com.github.pemistahl.lingua.api.LanguageDetector build() {
        return LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
                .withMinimumRelativeDistance(MIN_RELATIVE_DISTANCE)
                .withPreloadedLanguageModels()
                .build();
    }

    /** Letters, with a Han character counted as three (one carries about a word's meaning). */
    private static int letters(String words) {
        int count = 0;
        for (int i = 0; i < words.length(); ) {
            int c = words.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                count += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 3 : 1;
            }
        }
        return count;
    }
}
