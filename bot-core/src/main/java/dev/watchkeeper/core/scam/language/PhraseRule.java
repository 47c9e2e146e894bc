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
 * @param reach how many characters before the first and after the last anchor a match can reach
 */
record PhraseRule(Signal signal, double weight, String[] anchors, Pattern pattern, int reach) {
    private static final int LOOKBACK = 250;
    private static final int WORDS = 120;
    private static final Pattern BOUND = Pattern.compile("\\{\\d*,(\\d+)}");

    static PhraseRule of(Signal signal, double weight, String anchors, String regex) {
        return new PhraseRule(signal, weight, anchors.split("\\|"), LeadingChars.compile(regex), reach(regex));
    }

    /**
     * How far a match can reach from its anchor: a few words, plus the bounded gaps ({@code
     * [^.!?\n]{0,40}}) of the phrase; never more than {@value #LOOKBACK} characters.
     */
    private static int reach(String regex) {
        int gaps = 0;
        Matcher m = BOUND.matcher(regex);
        while (m.find()) {
            gaps += Integer.parseInt(m.group(1));
        }
        return Math.min(LOOKBACK, WORDS + gaps);
    }

    /**
     * The matched text, or null. {@code firstAnchorEnd} and {@code lastAnchorEnd} are where the
     * first and the last anchor occurrence ended (from {@link AnchorIndex#scan}); a match holds an
     * anchor, so only the text from shortly before the first to shortly after the last is searched.
     */
    String matchNear(String folded, int firstAnchorEnd, int lastAnchorEnd) {
        if (firstAnchorEnd < 0) {
            return null;
        }
        Matcher m = pattern.matcher(folded);
        m.useTransparentBounds(true)
                .useAnchoringBounds(false)
                .region(Math.max(0, firstAnchorEnd - reach), Math.min(folded.length(), lastAnchorEnd + 1 + reach));
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
