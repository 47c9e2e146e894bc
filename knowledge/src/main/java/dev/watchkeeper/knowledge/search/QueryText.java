package dev.watchkeeper.knowledge.search;

/**
 * Makes member text safe to analyse: control and unassigned characters become spaces, and text
 * beyond {@link #MAX_CHARS} is cut at a word boundary. Support questions are short; the cut keeps
 * a pasted log or wall of text from costing more than a normal query.
 */
final class QueryText {
    static final int MAX_CHARS = 600;

    private QueryText() {}

    static String clean(String text) {
        String cut = text;
        if (cut.length() > MAX_CHARS) {
            int end = MAX_CHARS;
            while (end > MAX_CHARS / 2 && !Character.isWhitespace(cut.charAt(end))) {
                end--;
            }
            if (Character.isLowSurrogate(cut.charAt(end))) {
                end--;
            }
            cut = cut.substring(0, end);
        }
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean junk = type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE;
            clean.appendCodePoint(junk ? ' ' : cp);
        });
        return clean.toString();
    }
}
