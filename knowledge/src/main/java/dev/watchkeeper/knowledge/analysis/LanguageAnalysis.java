package dev.watchkeeper.knowledge.analysis;

import java.io.Closeable;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Chooses analysis by language. Every language tag maps to an analysis key (its own field suffix in
 * the index): English gets support-chat analysis with synonyms; a few languages Lucene stems well
 * get their Lucene analyzer; everything else (including Chinese, Japanese, Korean) the
 * script-neutral fallback. Thread-safe; analyzers are created once per key and shared.
 */
public final class LanguageAnalysis implements Closeable {
    /** The key of the script-neutral fallback. */
    public static final String FALLBACK = "any";

    private static final Map<String, Supplier<Analyzer>> LUCENE_ANALYZERS = Map.of(
            "ru", RussianAnalyzer::new,
            "de", GermanAnalyzer::new,
            "fr", FrenchAnalyzer::new,
            "es", SpanishAnalyzer::new,
            "it", ItalianAnalyzer::new,
            "pt", PortugueseAnalyzer::new,
            "tr", TurkishAnalyzer::new);

    private final @Nullable SynonymMap synonyms;
    private final EnglishStemmer stemmer;
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> shingles = new ConcurrentHashMap<>();

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
        if (primary.equals("en") || LUCENE_ANALYZERS.containsKey(primary)) {
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
        Supplier<Analyzer> lucene = LUCENE_ANALYZERS.get(key);
        return lucene == null ? new ScriptNeutralAnalyzer() : lucene.get();
    }

    @Override
    public void close() {
        shingles.values().forEach(Analyzer::close);
        analyzers.values().forEach(Analyzer::close);
    }
}
