package dev.watchkeeper.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fallback for languages without their own analysis: Unicode word tokens, lower case, and
 * overlapping bigrams for Han, Hiragana, Katakana and Hangul runs (which have no spaces between
 * words). Works on mixed-script text; no stop words, no stemming. Thread-safe.
 */
public final class ScriptNeutralAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
