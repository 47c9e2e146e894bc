package dev.watchkeeper.knowledge.analysis;

import dev.watchkeeper.knowledge.LoadProblem;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Chooses analysis by language. Every language tag maps to an analysis key (its own field suffix in
 * the index): English gets support-chat analysis with synonyms; Russian, Spanish, Portuguese,
 * Turkish and Chinese get their own support-chat analysis ({@link ChatLanguages}) with their word
 * lists; a few other languages Lucene stems well get their Lucene analyzer; everything else
 * (Japanese, Korean, …) the script-neutral fallback. Thread-safe; analyzers are created once per
 * key and shared.
 */
public final class LanguageAnalysis implements Closeable {
    /** The key of the script-neutral fallback. */
    public static final String FALLBACK = "any";

    private static final Map<String, Supplier<Analyzer>> LUCENE_ANALYZERS = Map.of(
            "de", GermanAnalyzer::new,
            "fr", FrenchAnalyzer::new,
            "it", ItalianAnalyzer::new);

    private final @Nullable SynonymMap synonyms;
    private final EnglishStemmer stemmer;
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> shingles = new ConcurrentHashMap<>();
    private final List<LoadProblem> problems = new CopyOnWriteArrayList<>();

    public LanguageAnalysis(@Nullable SynonymMap synonyms, EnglishStemmer stemmer) {
        this.synonyms = synonyms;
        this.stemmer = stemmer;
    }

    /** The analysis key for a language tag such as {@code en}, {@code en-gb} or {@code zh}. */
    public static String keyOf(String lang) {
        String primary = lang.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        if (primary.equals("en") || ChatLanguages.byKey(primary).isPresent() || LUCENE_ANALYZERS.containsKey(primary)) {
            return primary;
        }
        return FALLBACK;
    }

    /** The word analyzer for an analysis key. */
    public Analyzer words(String key) {
        return analyzers.computeIfAbsent(key, this::create);
    }

    /** Word bigrams (shingles) over the word analyzer for an analysis key. */
    public Analyzer wordPairs(String key) {
        return shingles.computeIfAbsent(key, k -> new ShingleAnalyzerWrapper(words(k), 2, 2, " ", false, false, ""));
    }

    private Analyzer create(String key) {
        if (key.equals("en")) {
            return new SupportChatAnalyzer(synonyms, stemmer);
        }
        Optional<ChatLanguage> chat = ChatLanguages.byKey(key);
        if (chat.isPresent()) {
            LanguageResources.Loaded loaded = LanguageResources.load(chat.get());
            problems.addAll(loaded.problems());
            return loaded.analyzer();
        }
        Supplier<Analyzer> lucene = LUCENE_ANALYZERS.get(key);
        return lucene == null ? new ScriptNeutralAnalyzer() : lucene.get();
    }

    /**
     * What decides how the knowledge base's own settings analyse text: the English stemmer and the
     * synonyms (their compiled form, so the same synonyms read from another file give the same
     * fingerprint). The bundled word lists and analyzers are not in it: a change to them is a
     * change of the code, marked by {@code IndexCache.ANALYSIS_VERSION}.
     */
    public byte[] fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(stemmer.name().getBytes(StandardCharsets.UTF_8));
            if (synonyms != null) {
                ByteBuffersDataOutput compiled = new ByteBuffersDataOutput();
                synonyms.fst.save(compiled, compiled);
                compiled.writeVInt(synonyms.maxHorizontalContext);
                BytesRef word = new BytesRef();
                for (int i = 0; i < synonyms.words.size(); i++) {
                    synonyms.words.get(i, word);
                    compiled.writeVInt(word.length);
                    compiled.writeBytes(word.bytes, word.offset, word.length);
                }
                digest.update(compiled.toArrayCopy());
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled synonyms", e);
        }
    }

    /** Problems met reading the word lists of the languages analysed so far (those lists are left out). */
    public List<LoadProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        shingles.values().forEach(Analyzer::close);
        analyzers.values().forEach(Analyzer::close);
    }
}
