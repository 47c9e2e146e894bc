package dev.watchkeeper.core.scam.language;

import dev.watchkeeper.core.scam.Signal;

/**
 * One phrase rule: an expression over folded text, tried only where the strings its matches
 * start with (or else its anchor words) occur, so that a hundred rules cost a few microseconds
 * per message.
 *
 * @param signal the signal it raises
 * @param weight how much it weighs on its own (0 to 1)
 * @param phrase the phrase and the strings looked for on its behalf
 */
record PhraseRule(Signal signal, double weight, PhrasePattern phrase) {

    /**
     * A rule; {@code anchors} are {@code |}-separated literal substrings at least one of which every
     * match contains, used when the start strings of the expression cannot be worked out.
     */
    static PhraseRule of(Signal signal, double weight, String anchors, String regex) {
        return new PhraseRule(signal, weight, PhrasePattern.of(anchors, regex));
    }
}
