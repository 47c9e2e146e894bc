package dev.watchkeeper.core.shield.language;

import java.util.Arrays;

/**
 * Where a message talks about scams: the sentences that warn about them ("never share your seed
 * phrase"), ask whether something is one ("is this a scam?") or report falling victim to one.
 * Such messages use the very words scams use, so the language evidence found in them counts for
 * a quarter ({@link #DAMPED}).
 *
 * <p>The damping covers the whole message, with one exception: a sentence or clause (parts end at
 * stops, commas, semicolons and dashes) that does not itself talk about scams and names a contact (an {@code @name}, a link, a {@code t.me/} or {@code
 * wa.me/} address) keeps its full weight. Warnings tell members whom not to trust; a message that
 * wraps "contact @helpdesk and send them your seed phrase" in a warning is a scam that borrowed a
 * warning's words. Immutable.
 */
public final class ScamTalk {
    /** How much of its weight language evidence keeps where it is damped. */
    public static final double DAMPED = 0.25;

    private static final ScamTalk NONE = new ScamTalk(new int[0], new boolean[0], false);

    // sentence k spans [ends[k - 1], ends[k]); direct[k]: names a contact without talking about scams
    private final int[] ends;
    private final boolean[] direct;
    private final boolean any;

    private ScamTalk(int[] ends, boolean[] direct, boolean any) {
        this.ends = ends;
        this.direct = direct;
        this.any = any;
    }

    /** A message that does not talk about scams. */
    static ScamTalk none() {
        return NONE;
    }

    /**
     * The sentences of a folded text; {@code talkAt} are the positions where warnings, questions
     * about scams and victim reports begin, {@code scammersAt} where scammers are named ("scammers
     * will DM you"): such a sentence talks about scams too, but naming them alone damps nothing.
     */
    static ScamTalk of(String folded, int[] talkAt, int[] scammersAt) {
        if (talkAt.length == 0) {
            return NONE;
        }
        int[] ends = sentenceEnds(folded);
        boolean[] talks = new boolean[ends.length];
        for (int at : talkAt) {
            talks[sentence(ends, at)] = true;
        }
        for (int at : scammersAt) {
            talks[sentence(ends, at)] = true;
        }
        boolean[] direct = new boolean[ends.length];
        for (int k = 0; k < ends.length; k++) {
            direct[k] = !talks[k] && namesContact(folded, k == 0 ? 0 : ends[k - 1], ends[k]);
        }
        return new ScamTalk(ends, direct, true);
    }

    /** True when some sentence talks about scams. */
    public boolean any() {
        return any;
    }

    /** True when language evidence found at this position counts for {@link #DAMPED} of its weight. */
    public boolean damps(int position) {
        return any && !direct[sentence(ends, position)];
    }

    private static int sentence(int[] ends, int position) {
        int k = Arrays.binarySearch(ends, position);
        // a position equal to an end belongs to the next sentence
        int index = k >= 0 ? k + 1 : -k - 1;
        return Math.min(index, ends.length - 1);
    }

    /**
     * Where sentences and clauses end: after {@code . ! ? … ,} before a space or the end, at line
     * breaks, CJK stops and commas, semicolons and dashes. "Beware of scammers, DM @helpdesk and
     * send your seed phrase" is two parts: the warning and a request that names a contact.
     */
    private static int[] sentenceEnds(String text) {
        int[] ends = new int[8];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || c == '。'
                    || c == '！'
                    || c == '？'
                    || c == '，'
                    || c == '；'
                    || c == ';'
                    || c == '—'
                    || c == '–'
                    || ((c == '.' || c == '!' || c == '?' || c == '…' || c == ',')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = i + 1;
            }
        }
        if (n == 0 || ends[n - 1] < text.length()) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n + 1);
            }
            ends[n++] = text.length();
        }
        return Arrays.copyOf(ends, n);
    }

    private static boolean namesContact(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@'
                    && i + 3 < to
                    && isHandleChar(text.charAt(i + 1))
                    && isHandleChar(text.charAt(i + 2))
                    && isHandleChar(text.charAt(i + 3))) {
                return true;
            }
            if ((c == 'h' && text.startsWith("http", i))
                    || (c == 'w' && (text.startsWith("www.", i) || text.startsWith("wa.me/", i)))
                    || (c == 't' && text.startsWith("t.me/", i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
