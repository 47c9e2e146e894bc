package dev.watchkeeper.core.shield.secret;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of letters in a text, and whether the gap before it is one a pasted phrase has (spaces,
 * commas, new lines, numbering like "1." or "2)") rather than one prose has (a full stop).
 */
record WordToken(String word, int start, int end, boolean phraseGap) {
    static List<WordToken> split(String text) {
        List<WordToken> tokens = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < text.length()) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isLetter(text.charAt(end))) {
                end++;
            }
            tokens.add(new WordToken(text.substring(i, end), i, end, phraseGap(text, previousEnd, i)));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean phraseGap(String text, int from, int to) {
        boolean digit = false;
        boolean stop = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '.' || c == ')') {
                stop |= c == '.';
            } else if (!(Character.isWhitespace(c)
                    || c == ','
                    || c == ';'
                    || c == '-'
                    || c == ':'
                    || c == '、'
                    || c == '，'
                    || c == '('
                    || c == '#')) {
                return false;
            }
        }
        return !stop || digit;
    }
}
