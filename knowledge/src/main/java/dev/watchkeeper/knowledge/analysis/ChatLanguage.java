package dev.watchkeeper.knowledge.analysis;

import java.io.Reader;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * How one language's support chat is analysed: its tokenizer, what turns member spelling into one
 * form (lower case, accents, script), and its stemmer. The words themselves (stop words,
 * synonyms) are data, read from {@code analysis/<key>/} on the classpath by {@link
 * LanguageResources}. Immutable.
 *
 * @param key the analysis key, also the folder of the language's word lists
 * @param characters what is done to the text before it is split into words (identity for most)
 * @param tokenizer splits text into words
 * @param normalizer lower case, folding and spelling fixes, on every word
 * @param stemmer reduces a word to its stem (after stop words are removed)
 */
public record ChatLanguage(
        String key,
        UnaryOperator<Reader> characters,
        Supplier<Tokenizer> tokenizer,
        UnaryOperator<TokenStream> normalizer,
        UnaryOperator<TokenStream> stemmer) {}
