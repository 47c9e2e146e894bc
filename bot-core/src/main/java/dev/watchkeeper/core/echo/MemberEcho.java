package dev.watchkeeper.core.echo;

/**
 * What a reply may repeat of a member's input, so that the bot never amplifies it: a short token
 * (a code the member checks) keeps only letters, digits and dashes and at most {@link #MAX_CODE}
 * of them, so an echo can carry no link, mention or markup and cannot grow with the input; a
 * longer text (a member's message relayed to staff) is cut at a limit, with how much was left out.
 * Pure functions; thread-safe.
 */
public final class MemberEcho {
    /** The most characters of a code a reply repeats. */
    public static final int MAX_CODE = 24;

    /** Shown instead of a code with nothing repeatable in it. */
    public static final String NOTHING = "…";

    private MemberEcho() {}

    /**
     * The member's first word as a code a reply may repeat: letters, digits and dashes only, at most
     * {@link #MAX_CODE} of them (an ellipsis marks a cut), or {@link #NOTHING}.
     */
    public static String code(String input) {
        String first = input.strip().split("\\s+", 2)[0];
        StringBuilder kept = new StringBuilder();
        boolean cut = false;
        for (int i = 0; i < first.length(); ) {
            int c = first.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                continue;
            }
            if (kept.codePointCount(0, kept.length()) == MAX_CODE) {
                cut = true;
                break;
            }
            kept.appendCodePoint(c);
        }
        if (kept.isEmpty()) {
            return NOTHING;
        }
        return cut || first.length() < input.strip().length() ? kept + "…" : kept.toString();
    }

    /**
     * The text cut to at most {@code maxChars} characters (never inside a surrogate pair), followed
     * by how many were left out; the text itself when it fits.
     */
    public static String excerpt(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + (text.length() - end) + " more characters not shown)";
    }
}
