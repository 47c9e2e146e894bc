package dev.watchkeeper.core.scam.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that runs only when one of its literal anchors occurs in the text, and
 * only from shortly before the first of them: one pass of an anchor automaton is far cheaper than
 * a scan with a long alternation.
 */
record AnchoredPattern(AnchorIndex anchors, Pattern pattern) {
    // 120 characters before the first anchor began; the automaton reports where it ended
    private static final int LOOKBACK = 140;

    static AnchoredPattern of(String anchors, String regex) {
        return new AnchoredPattern(
                new AnchorIndex(List.<String[]>of(anchors.split("\\|"))), LeadingChars.compile(regex));
    }

    boolean find(String text) {
        // one pass of the anchor automaton instead of an indexOf per anchor; it reports where the
        // first anchor ends, which is at most one anchor's length later than where it starts
        int first = anchors.firstOfAny(text);
        if (first < 0) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, first - LOOKBACK), text.length());
        return m.find();
    }
}
