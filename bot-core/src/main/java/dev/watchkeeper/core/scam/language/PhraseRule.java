package dev.watchkeeper.core.scam.language;

import dev.watchkeeper.core.scam.Signal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase rule: a regular expression over folded text, guarded by cheap anchor words so that
 * the expression only runs when one of them occurs (this keeps a hundred rules within a few
 * microseconds per message).
 *
 * @param signal the signal it raises
 * @param weight how much it weighs on its own (0 to 1)
 * @param anchors literal substrings, at least one of which every match contains
 * @param pattern the phrase
 */
record PhraseRule(Signal signal, double weight, String[] anchors, Pattern pattern) {
    static PhraseRule of(Signal signal, double weight, String anchors, String regex) {
        return new PhraseRule(signal, weight, anchors.split("\\|"), Pattern.compile(regex));
    }

    /** The matched text, or null when the rule does not match. */
    String match(String folded) {
        for (String anchor : anchors) {
            if (folded.contains(anchor)) {
                Matcher m = pattern.matcher(folded);
                return m.find() ? m.group() : null;
            }
        }
        return null;
    }
}
