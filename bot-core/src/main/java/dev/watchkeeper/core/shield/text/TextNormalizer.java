package dev.watchkeeper.core.shield.text;

/**
 * Normalises message text so rules see what a reader sees: NFKC (fullwidth and styled letters),
 * small capitals and other styled letters NFKC leaves alone, invisible characters removed,
 * whitespace and repeated punctuation collapsed, case folded, look-alike letters folded into the
 * script that dominates each word, leetspeak undone, spaced-out letters ("c l a i m") joined and
 * Traditional Chinese turned into Simplified (not in Japanese, which has kana; and when the {@link UnicodeFolding} does that: ICU's
 * does). The Unicode part comes from a {@link UnicodeFolding}; the rest (look-alikes within a
 * word, leetspeak, spaced letters) is this class's own, as no library does it.
 *
 * <p>The folded form covers at most {@value #HEAD} characters from the start of a message and
 * {@value #TAIL} from its end, so that every stage that reads it costs a bounded amount whatever
 * the length of the message; the clean form covers all of it, for secrets and links. Stateless
 * and thread-safe; never blocks; linear in the length of the text.
 */
public final class TextNormalizer {
    /** Characters of a long message's start that the folded form keeps. */
    public static final int HEAD = 12_288;

    /** Characters of a long message's end that the folded form keeps. */
    public static final int TAIL = 4_096;

    private TextNormalizer() {}

    /** Normalises one message with the {@linkplain UnicodeFolding#installed() installed} folding. */
    public static NormalizedText normalize(String text) {
        return normalize(text, UnicodeFolding.installed());
    }

    /** Normalises one message with the given folding; an empty text gives empty forms. */
    public static NormalizedText normalize(String text, UnicodeFolding unicode) {
        String clean = clean(unicode.compatible(text));
        String lower = unicode.fold(capped(clean));
        StringBuilder folded = new StringBuilder(lower.length());
        int disguised = 0;
        int i = 0;
        boolean han = false;
        boolean kana = false;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < lower.length() && isWordChar(lower.charAt(end))) {
                    char w = lower.charAt(end);
                    han |= w >= '\u3400' && w <= '\u9FFF';
                    kana |= w >= '\u3040' && w <= '\u30FF';
                    end++;
                }
                if (WordFolder.fold(lower, i, end, folded)) {
                    disguised++;
                }
                i = end;
            } else {
                if (!(isRepeatable(c) && !folded.isEmpty() && folded.charAt(folded.length() - 1) == c)) {
                    folded.append(c);
                }
                i++;
            }
        }
        String joined = SpacedLetters.join(folded);
        return new NormalizedText(clean, han && !kana ? unicode.simplified(joined) : joined, disguised);
    }

    /** The text, or its first {@link #HEAD} and last {@link #TAIL} characters joined by a line break. */
    private static String capped(String text) {
        if (text.length() <= HEAD + TAIL) {
            return text;
        }
        int head = Character.isHighSurrogate(text.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
        int tail = text.length() - TAIL;
        tail = Character.isLowSurrogate(text.charAt(tail)) ? tail + 1 : tail;
        return text.substring(0, head) + "\n" + text.substring(tail);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isRepeatable(char c) {
        return c == '!' || c == '?' || c == '.' || c == ' ' || c == '-' || c == '_' || c == '*' || c == '=';
    }

    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char plain = LookalikeLetters.unstyled(c);
            c = plain == 0 ? c : plain;
            if (c == '\u2800') {
                continue;
            }
            boolean isSpace = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (isSpace) {
                boolean newline = c == '\n';
                if (space) {
                    if (newline && out.charAt(out.length() - 1) == ' ') {
                        out.setCharAt(out.length() - 1, '\n');
                    }
                    continue;
                }
                out.append(newline ? '\n' : ' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().strip();
    }
}
