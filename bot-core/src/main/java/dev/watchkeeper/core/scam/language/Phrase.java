package dev.watchkeeper.core.scam.language;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase expression and its trigger words: literal strings, at least one of which every match
 * contains. The expression is tried only in windows around the occurrences of its triggers, never
 * over the whole text, so its cost is bounded by {@value #MAX_WINDOWS} windows of a few hundred
 * characters whatever the length of the message. Immutable and thread-safe.
 *
 * @param triggers the trigger words
 * @param pattern the expression, over folded text
 */
record Phrase(List<String> triggers, Pattern pattern) {
    /** How far a match may reach on either side of a trigger word. */
    static final int REACH = 300;

    /** Windows tried per phrase and message. */
    static final int MAX_WINDOWS = 16;

    private static final int MAX_REGION = 2048;

    Phrase {
        triggers = List.copyOf(triggers);
    }

    /**
     * The first match, or null. {@code found} holds the occurrences of this phrase's triggers from
     * index {@code from} (inclusive) to {@code to} (exclusive), in order of their start.
     */
    MatchResult first(String text, Occurrences found, int from, int to) {
        Matcher m = matcher(text);
        for (int i = from, windows = 0; i < to && windows < MAX_WINDOWS; windows++) {
            int j = region(m, text, found, i, to);
            if (m.find()) {
                return m.toMatchResult();
            }
            i = j;
        }
        return null;
    }

    /** Where matches start, in order, at most {@code limit} of them. */
    int[] starts(String text, Occurrences found, int from, int to, int limit) {
        Matcher m = matcher(text);
        int[] starts = new int[Math.min(limit, 8)];
        int n = 0;
        int last = -1;
        for (int i = from, windows = 0; i < to && windows < MAX_WINDOWS && n < limit; windows++) {
            int j = region(m, text, found, i, to);
            while (n < limit && m.find()) {
                if (m.start() > last) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, Math.min(limit, n * 2));
                    }
                    starts[n++] = m.start();
                    last = m.start();
                }
                if (m.end() == m.start()) {
                    break;
                }
            }
            i = j;
        }
        return Arrays.copyOf(starts, n);
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Sets the matcher's region to the window around occurrence {@code i}, merged with the windows
     * of the occurrences that overlap it (up to {@value #MAX_REGION} characters); returns the index
     * of the first occurrence left out.
     */
    private static int region(Matcher m, String text, Occurrences found, int i, int to) {
        int start = Math.max(0, found.start(i) - REACH);
        int end = Math.min(text.length(), found.end(i) + REACH);
        int j = i + 1;
        while (j < to && found.start(j) - REACH <= end && end - start < MAX_REGION) {
            end = Math.max(end, Math.min(text.length(), found.end(j) + REACH));
            j++;
        }
        m.region(start, end);
        return j;
    }
}
