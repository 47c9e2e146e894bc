package dev.watchkeeper.knowledge.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * Support-chat analysis for one {@link ChatLanguage}: words, normalised, stop words removed,
 * stemmed, then jargon synonyms collapsed onto one term. Synonyms come after the stemmer (their
 * file's words are stemmed the same way), so that one line covers every inflected form of a word,
 * which matters in Russian, Turkish, Spanish and Portuguese. Thread-safe as every Lucene analyzer.
 */
public final class ChatLanguageAnalyzer extends Analyzer {
    private final ChatLanguage language;
    private final CharArraySet stopWords;
    private final @Nullable SynonymMap synonyms;
    private final boolean stem;

    private ChatLanguageAnalyzer(
            ChatLanguage language, CharArraySet stopWords, @Nullable SynonymMap synonyms, boolean stem) {
        this.language = language;
        this.stopWords = stopWords;
        this.synonyms = synonyms;
        this.stem = stem;
    }

    /** The full analysis: what documents and questions go through. */
    public static ChatLanguageAnalyzer of(
            ChatLanguage language, CharArraySet stopWords, @Nullable SynonymMap synonyms) {
        return new ChatLanguageAnalyzer(language, stopWords, synonyms, true);
    }

    /** Words and normalisation only: how stop words are read, so they match the words they remove. */
    static ChatLanguageAnalyzer normalizing(ChatLanguage language) {
        return new ChatLanguageAnalyzer(language, CharArraySet.EMPTY_SET, null, false);
    }

    /** Words, normalisation and stems: how synonym lines are read, so they match stemmed text. */
    static ChatLanguageAnalyzer stemming(ChatLanguage language) {
        return new ChatLanguageAnalyzer(language, CharArraySet.EMPTY_SET, null, true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return language.characters().apply(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = language.tokenizer().get();
        TokenStream stream = language.normalizer().apply(tokenizer);
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        if (stem) {
            stream = language.stemmer().apply(stream);
        }
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return language.normalizer().apply(in);
    }
}
