package dev.watchkeeper.core.scam.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that runs only when one of its literal anchors occurs in the text, and
 * only from shortly before the first of them: {@code String.indexOf} is far cheaper than a scan
 * with a long alternation.
 */
record AnchoredPattern(String[] anchors, Pattern pattern) {
    private static final int LOOKBACK = 120;

    static AnchoredPattern of(String anchors, String regex) {
        return new AnchoredPattern(anchors.split("\\|"), Pattern.compile(regex));
    }

    boolean find(String text) {
        int first = Integer.MAX_VALUE;
        for (String anchor : anchors) {
            int at = text.indexOf(anchor);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        if (first == Integer.MAX_VALUE) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, first - LOOKBACK), text.length());
        return m.find();
    }
}
