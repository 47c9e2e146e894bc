package dev.watchkeeper.core.scam.text;

import java.text.Normalizer;

/**
 * Normalises message text so rules see what a reader sees: NFKC (fullwidth and styled letters), small capitals
 * and other styled letters NFKC leaves alone,
 * invisible and formatting characters removed, whitespace and repeated punctuation collapsed,
 * look-alike letters folded into the script that dominates each word, leetspeak undone and
 * spaced-out letters ("c l a i m") joined. Stateless and thread-safe; never blocks.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** Normalises one message; an empty text gives empty forms. */
    public static NormalizedText normalize(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String clean = clean(nfkc);
        StringBuilder folded = new StringBuilder(clean.length());
        int disguised = 0;
        int i = 0;
        while (i < clean.length()) {
            char c = clean.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < clean.length() && isWordChar(clean.charAt(end))) {
                    end++;
                }
                if (WordFolder.fold(clean, i, end, folded)) {
                    disguised++;
                }
                i = end;
            } else {
                if (!(isRepeatable(c) && !folded.isEmpty() && folded.charAt(folded.length() - 1) == c)) {
                    folded.append(Character.toLowerCase(c));
                }
                i++;
            }
        }
        return new NormalizedText(clean, SpacedLetters.join(folded), disguised);
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
            int type = Character.getType(c);
            if (type == Character.FORMAT
                    || (c >= '\uFE00' && c <= '\uFE0F')
                    || c == '\u034F'
                    || c == '\u115F'
                    || c == '\u3164'
                    || c == '\u2800') {
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
