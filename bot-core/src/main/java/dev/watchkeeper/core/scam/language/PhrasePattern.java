package dev.watchkeeper.core.scam.language;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A phrase expression and the strings an {@link AnchorIndex} looks for on its behalf. When the
 * strings every match starts with can be worked out ({@link StartStrings}), the expression is
 * tried only where they occur. Otherwise its anchors (literal substrings every match contains)
 * stand in, and the expression searches the text from shortly before the first to shortly after
 * the last of them. Immutable and thread-safe.
 */
final class PhrasePattern {
    private static final int LOOKBACK = 250;
    private static final int WORDS = 120;
    private static final Pattern BOUND = Pattern.compile("\\{\\d*,(\\d+)}");

    private final Pattern pattern;
    private final List<String> keys;
    private final boolean startsKnown;
    private final int reach;

    private PhrasePattern(Pattern pattern, List<String> keys, boolean startsKnown, int reach) {
        this.pattern = pattern;
        this.keys = keys;
        this.startsKnown = startsKnown;
        this.reach = reach;
    }

    /**
     * A phrase with its anchors ({@code |}-separated literal substrings, at least one of which every
     * match contains), used when the start strings of the expression cannot be worked out.
     */
    static PhrasePattern of(String anchors, String regex) {
        Pattern pattern = Pattern.compile(regex);
        Optional<List<String>> starts = StartStrings.of(regex);
        return starts.map(s -> new PhrasePattern(pattern, s, true, 0))
                .orElseGet(() -> new PhrasePattern(pattern, List.of(anchors.split("\\|")), false, reach(regex)));
    }

    /**
     * How far a match can reach from an anchor: a few words, plus the bounded gaps ({@code
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

    /** The strings to look for: where matches start, or else the anchors. */
    List<String> keys() {
        return keys;
    }

    /** True when the keys are the strings every match starts with. */
    boolean startsKnown() {
        return startsKnown;
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * The first match in the text, or null. {@code found} holds the occurrences of this phrase's
     * keys from index {@code from} (inclusive) to {@code to} (exclusive), in order of their start;
     * no match is possible without one.
     */
    MatchResult match(String text, Occurrences found, int from, int to) {
        Matcher m = matches(text, found, from, to, null);
        return m == null ? null : m.toMatchResult();
    }

    /** Where each match starts, in order (without overlapping the one before, as {@code find()} goes on). */
    IntStream starts(String text, Occurrences found, int from, int to) {
        IntStream.Builder starts = IntStream.builder();
        matches(text, found, from, to, starts);
        return starts.build();
    }

    /** The first match, or with {@code all} every match, reported to it; null when none. */
    private Matcher matches(String text, Occurrences found, int from, int to, IntStream.Builder all) {
        if (from >= to) {
            return null;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        boolean any = false;
        if (startsKnown) {
            int tried = -1;
            int next = 0;
            for (int i = from; i < to; i++) {
                int start = found.start(i);
                if (start == tried || start < next) {
                    continue;
                }
                tried = start;
                if (m.region(start, text.length()).lookingAt()) {
                    if (all == null) {
                        return m;
                    }
                    all.add(start);
                    any = true;
                    next = Math.max(m.end(), start + 1);
                }
            }
            return any ? m : null;
        }
        int lastEnd = 0;
        for (int i = from; i < to; i++) {
            lastEnd = Math.max(lastEnd, found.end(i));
        }
        m.region(Math.max(0, found.start(from) - reach), Math.min(text.length(), lastEnd + reach));
        while (m.find()) {
            if (all == null) {
                return m;
            }
            all.add(m.start());
            any = true;
        }
        return any ? m : null;
    }
}
