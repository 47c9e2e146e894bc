package dev.watchkeeper.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Replaces query words that no phrasing uses by the closest word that one does (Levenshtein, at
 * most two edits, one for short words), before stemming and synonyms. Only letters-only words of
 * four or more characters are corrected: short words and numbers are too easy to "correct" into
 * something else. Thread-safe.
 */
final class TypoCorrector {
    private static final int MIN_LENGTH = 4;
    private static final int MAX_CORRECTIONS = 8;

    private final DirectSpellChecker spelling = new DirectSpellChecker();

    TypoCorrector() {
        spelling.setMinQueryLength(MIN_LENGTH);
        spelling.setMaxEdits(2);
        spelling.setAccuracy(0.74f);
        spelling.setMinPrefix(1);
    }

    private String suggest(KnowledgeIndex index, Term unknown) {
        try {
            SuggestWord[] suggestions = spelling.suggestSimilar(
                    unknown, 1, index.phrases().reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? "" : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its unknown words corrected to words of the phrasings analysed with {@code key}. */
    String correct(KnowledgeIndex index, String key, String text) {
        String field = Fields.SURFACE + key;
        StringBuilder corrected = null;
        int copied = 0;
        int corrections = 0;
        try (TokenStream stream = index.surface().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && corrections < MAX_CORRECTIONS) {
                String word = term.toString();
                if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                Term asTerm = new Term(field, word);
                if (index.phrases().termStates(asTerm).docFreq() > 0) {
                    continue;
                }
                String suggestion =
                        index.corrections().computeIfAbsent(key + ':' + word, unknown -> suggest(index, asTerm));
                if (suggestion.isEmpty()) {
                    continue;
                }
                corrections++;
                if (corrected == null) {
                    corrected = new StringBuilder(text.length() + 16);
                }
                corrected.append(text, copied, offset.startOffset()).append(suggestion);
                copied = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corrected == null
                ? text
                : corrected.append(text, copied, text.length()).toString();
    }
}
