package dev.watchkeeper.core.scam.language;

import java.util.regex.Pattern;

/**
 * A regular expression that runs only when one of its literal anchors occurs in the text:
 * {@code String.contains} is far cheaper than a scan with a long alternation.
 */
record AnchoredPattern(String[] anchors, Pattern pattern) {
    static AnchoredPattern of(String anchors, String regex) {
        return new AnchoredPattern(anchors.split("\\|"), Pattern.compile(regex));
    }

    boolean find(String text) {
        for (String anchor : anchors) {
            if (text.contains(anchor)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
