package dev.watchkeeper.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * English support-chat analysis: standard tokens, possessives dropped, lower case, ASCII folding,
 * jargon synonyms collapsed to one term, stop words removed (but not negations or question words,
 * which separate intents such as "card not working" from "card working"), then stemming. Thread-safe
 * as every Lucene analyzer.
 */
public final class SupportChatAnalyzer extends Analyzer {
    /**
     * Function words that carry no intent. Kept on purpose: no, not, never, how, why, when, where,
     * what, which, who, can, cannot, without.
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(
            java.util.List.of(
                    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "of",
                    "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
                    "will", "with", "i", "me", "my", "im", "i'm", "you", "your", "we", "our", "us", "do", "does", "did",
                    "am", "been", "being", "have", "has", "had", "would", "could", "should", "please", "pls", "plz",
                    "hi", "hello", "hey", "thanks", "thank", "thx", "so", "just", "some", "any", "about", "from", "up",
                    "its", "it's", "also", "too", "very", "really", "there's"),
            false);

    private final @Nullable SynonymMap synonyms;
    private final EnglishStemmer stemmer;

    public SupportChatAnalyzer(@Nullable SynonymMap synonyms, EnglishStemmer stemmer) {
        this.synonyms = synonyms;
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, STOP_WORDS);
        return new TokenStreamComponents(tokenizer, stemmer.wrap(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
