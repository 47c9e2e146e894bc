package dev.watchkeeper.core.shield.language;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase expression and its trigger words: literal strings, at least one of which every match
 * contains within its first {@code back} characters. The expression is tried only at the
 * positions from {@code back} characters before an occurrence of a trigger up to the occurrence
 * itself, and a match may reach {@value #REACH} characters past it; so its cost is bounded by the
 * occurrences of its triggers (at most {@link TriggerIndex#MAX_PER_GROUP}) whatever the length of
 * the message. Immutable and thread-safe.
 *
 * @param triggers the trigger words
 * @param pattern the expression, over folded text
 * @param back how far into a match its first trigger may lie
 */
record Phrase(List<String> triggers, Pattern pattern, int back) {
    /** How far a match may reach past the trigger word it contains. */
    static final int REACH = 300;

    /** How far into a match its first trigger may lie, unless a rule says otherwise. */
    static final int BACK = 48;

    Phrase {
        triggers = List.copyOf(triggers);
    }

    /**
     * The first match, or null. {@code found} holds the occurrences of this phrase's triggers from
     * index {@code from} (inclusive) to {@code to} (exclusive), in order of their start.
     */
    MatchResult first(String text, Occurrences found, int from, int to) {
        Matcher m = matcher(text);
        int next = 0;
        for (int k = from; k < to; k++) {
            int at = found.start(k);
            int end = Math.min(text.length(), found.end(k) + REACH);
            for (int i = Math.max(next, at - back); i <= at; i++) {
                if (m.region(i, end).lookingAt()) {
                    return m.toMatchResult();
                }
            }
            next = Math.max(next, at + 1);
        }
        return null;
    }

    /** Where matches start, in order and not overlapping (as {@code find()} goes on), at most {@code limit}. */
    int[] starts(String text, Occurrences found, int from, int to, int limit) {
        Matcher m = matcher(text);
        int[] starts = new int[Math.min(limit, 8)];
        int n = 0;
        int next = 0;
        for (int k = from; k < to && n < limit; k++) {
            int at = found.start(k);
            int end = Math.min(text.length(), found.end(k) + REACH);
            for (int i = Math.max(next, at - back); i <= at && n < limit; i++) {
                if (m.region(i, end).lookingAt()) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, Math.min(limit, n * 2));
                    }
                    starts[n++] = i;
                    next = Math.max(m.end(), i + 1);
                    i = next - 1;
                }
            }
            next = Math.max(next, at + 1);
        }
        return Arrays.copyOf(starts, n);
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
