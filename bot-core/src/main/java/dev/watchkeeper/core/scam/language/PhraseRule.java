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
    private static final int LOOKBACK = 250;

    static PhraseRule of(Signal signal, double weight, String anchors, String regex) {
        return new PhraseRule(signal, weight, anchors.split("\\|"), Pattern.compile(regex));
    }

    /** The matched text, or null; {@code anchorEnd} is where the first anchor ended (from {@link AnchorIndex}). */
    String matchNear(String folded, int anchorEnd) {
        if (anchorEnd < 0) {
            return null;
        }
        Matcher m = pattern.matcher(folded);
        m.useTransparentBounds(true)
                .useAnchoringBounds(false)
                .region(Math.max(0, anchorEnd - LOOKBACK), folded.length());
        return m.find() ? m.group() : null;
    }

    /** The matched text, or null when the rule does not match. */
    String match(String folded) {
        int first = Integer.MAX_VALUE;
        for (String anchor : anchors) {
            int at = folded.indexOf(anchor);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        if (first == Integer.MAX_VALUE) {
            return null;
        }
        // no phrase reaches further back than this before its anchor, so skip the text before it
        Matcher m = pattern.matcher(folded);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, first - LOOKBACK), folded.length());
        return m.find() ? m.group() : null;
    }
}
