package dev.watchkeeper.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analysed text as groups of terms sharing a position (a word and the synonyms stacked on it).
 * Stateless.
 */
final class TermGroups {
    /** Queries longer than this (in distinct words) keep their first words only. */
    static final int MAX_GROUPS = 48;

    private TermGroups() {}

    /** The distinct position groups of {@code text}, first occurrence first. */
    static List<List<String>> of(Analyzer analyzer, String field, String text) {
        Map<Integer, Set<String>> byPosition = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                byPosition.computeIfAbsent(position, p -> new LinkedHashSet<>()).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Set<String>> distinct = new LinkedHashSet<>(byPosition.values());
        List<List<String>> groups = new ArrayList<>(Math.min(distinct.size(), MAX_GROUPS));
        for (Set<String> group : distinct) {
            if (groups.size() == MAX_GROUPS) {
                break;
            }
            groups.add(List.copyOf(group));
        }
        return groups;
    }

    /** All terms of {@code text}, in order, without positions. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
