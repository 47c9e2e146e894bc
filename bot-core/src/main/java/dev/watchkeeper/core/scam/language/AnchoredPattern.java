package dev.watchkeeper.core.scam.language;

import java.util.List;

/**
 * One phrase expression with its own {@link AnchorIndex}: one pass of the automaton finds where
 * the phrase can match, which is far cheaper than a search with a long alternation. Immutable and
 * thread-safe.
 */
record AnchoredPattern(AnchorIndex index, PhrasePattern phrase) {

    /** A phrase; {@code anchors} stand in when the start strings of the expression cannot be worked out. */
    static AnchoredPattern of(String anchors, String regex) {
        PhrasePattern phrase = PhrasePattern.of(anchors, regex);
        return new AnchoredPattern(new AnchorIndex(List.of(phrase.keys())), phrase);
    }

    boolean find(String text) {
        Occurrences found = index.find(text);
        return phrase.match(text, found, 0, found.size()) != null;
    }
}
