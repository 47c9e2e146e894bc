package dev.watchkeeper.knowledge.analysis;

import dev.watchkeeper.knowledge.LoadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * A language's word lists on the classpath: {@code analysis/<key>/stopwords.txt} (one word a
 * line, {@code #} comments) and {@code analysis/<key>/synonyms.txt} (Solr format). Both are read
 * through the language's own normalisation, so they may be written as members would write the
 * words, with accents, upper case or in Traditional characters. Reading blocks on resource I/O.
 */
final class LanguageResources {
    private LanguageResources() {}

    /** The language's analyzer and the problems met reading its word lists (then left out). */
    record Loaded(Analyzer analyzer, List<LoadProblem> problems) {}

    static Loaded load(ChatLanguage language) {
        List<LoadProblem> problems = new ArrayList<>();
        CharArraySet stopWords = stopWords(language);
        SynonymFile.Loaded synonyms = synonyms(language);
        problems.addAll(synonyms.problems());
        return new Loaded(ChatLanguageAnalyzer.of(language, stopWords, synonyms.map()), problems);
    }

    private static CharArraySet stopWords(ChatLanguage language) {
        String name = path(language, "stopwords.txt");
        try (Reader reader = open(name);
                Analyzer normalizing = ChatLanguageAnalyzer.normalizing(language)) {
            if (reader == null) {
                return CharArraySet.EMPTY_SET;
            }
            CharArraySet words = new CharArraySet(64, false);
            for (Object word : WordlistLoader.getWordSet(reader, "#")) {
                words.addAll(analysed(normalizing, new String((char[]) word)));
            }
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static SynonymFile.Loaded synonyms(ChatLanguage language) {
        String name = path(language, "synonyms.txt");
        try (Reader reader = open(name);
                Analyzer stemming = ChatLanguageAnalyzer.stemming(language)) {
            if (reader == null) {
                return new SynonymFile.Loaded(null, List.of());
            }
            return SynonymFile.parse(reader, "classpath:" + name, stemming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<String> analysed(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>(1);
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static String path(ChatLanguage language, String file) {
        return "analysis/" + language.key() + "/" + file;
    }

    private static @Nullable Reader open(String name) {
        InputStream in = LanguageResources.class.getClassLoader().getResourceAsStream(name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
