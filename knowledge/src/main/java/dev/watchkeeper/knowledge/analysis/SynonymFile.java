package dev.watchkeeper.knowledge.analysis;

import dev.watchkeeper.knowledge.LoadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A synonyms file in Solr format ({@code a, b, c} for equivalents, {@code a => b} for a one-way
 * mapping, {@code #} comments). Equivalents are collapsed onto the first word of their line, on
 * both the index and the query side, so every phrasing of a concept becomes one term. Reading
 * blocks on file I/O; the result is immutable.
 */
public final class SynonymFile {
    /** Where the bundled synonyms live on the classpath. */
    public static final String BUNDLED_RESOURCE = "analysis/synonyms.txt";

    private static final Logger LOG = LoggerFactory.getLogger(SynonymFile.class);

    private SynonymFile() {}

    /** Synonyms read, or none, and the problem that stopped them being read. */
    public record Loaded(@Nullable SynonymMap map, List<LoadProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code file}, or the bundled resource when it is null (none when that is absent). */
    public static Loaded read(@Nullable Path file) {
        if (file == null) {
            InputStream bundled = SynonymFile.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
            if (bundled == null) {
                LOG.info("No bundled {}: searching without synonyms", BUNDLED_RESOURCE);
                return new Loaded(null, List.of());
            }
            try (Reader reader = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
                return parse(reader, "classpath:" + BUNDLED_RESOURCE);
            } catch (IOException e) {
                return failed("classpath:" + BUNDLED_RESOURCE, 0, "cannot read: " + e.getMessage());
            }
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (NoSuchFileException e) {
            return failed(file.toString(), 0, "synonyms file not found; searching without synonyms");
        } catch (IOException e) {
            return failed(
                    file.toString(), 0, "cannot read synonyms: " + e.getClass().getSimpleName());
        }
    }

    /** Parses synonyms in Solr format from text (for tests and callers with their own source). */
    public static Loaded parse(Reader reader, String name) {
        try (Analyzer analyzer = new EntryAnalyzer()) {
            return parse(reader, name, analyzer);
        }
    }

    /**
     * Parses synonyms in Solr format, reading each term with {@code entryAnalyzer}: the analysis
     * the text goes through before it reaches the synonym filter.
     */
    public static Loaded parse(Reader reader, String name, Analyzer entryAnalyzer) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, entryAnalyzer);
            parser.parse(reader);
            return new Loaded(parser.build(), List.of());
        } catch (ParseException e) {
            return failed(name, e.getErrorOffset(), "bad synonyms line: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return failed(name, 0, "bad synonyms file: " + e.getMessage());
        }
    }

    private static Loaded failed(String name, int line, String message) {
        LoadProblem problem = new LoadProblem(name, line, message);
        LOG.warn("Synonyms problem, searching without synonyms: {}", problem);
        return new Loaded(null, List.of(problem));
    }

    /** Analyses synonym entries exactly as text is analysed before the synonym filter. */
    private static final class EntryAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
