package dev.watchkeeper.shield;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns folded message text into classifier tokens: words; each Chinese character on its own;
 * numbers as their digit count ({@code #3} for 500); currency signs. Links and {@code @names} are
 * left out: the link and contact rules judge them, and a model trained on a few hundred samples
 * would only learn that scams have links.
 */
final class ClassifierTokens {
    private static final int MAX_TOKENS = 200;

    private ClassifierTokens() {}

    static String[] of(String folded) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length() && out.size() < MAX_TOKENS) {
            if (isSpace(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < folded.length() && !isSpace(folded.charAt(end))) {
                end++;
            }
            String raw = folded.substring(i, end);
            i = end;
            if ((raw.startsWith("@") && raw.length() > 2) || raw.contains("://") || looksLikeDomain(raw)) {
                continue;
            }
            split(raw, out);
        }
        return out.toArray(String[]::new);
    }

    /** The characters {@code \s} stands for. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean looksLikeDomain(String raw) {
        for (int i = 1; i + 2 < raw.length(); i++) {
            if (raw.charAt(i) == '.'
                    && Character.isLetterOrDigit(raw.charAt(i - 1))
                    && isAsciiLetter(raw.charAt(i + 1))
                    && isAsciiLetter(raw.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static void split(String raw, List<String> out) {
        StringBuilder word = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                flush(word, out);
                digits++;
                continue;
            }
            if (digits > 0) {
                out.add("#" + Math.min(digits, 7));
                digits = 0;
            }
            if (Character.isIdeographic(c)) {
                flush(word, out);
                out.add(String.valueOf(c));
            } else if (Character.isLetter(c)) {
                word.append(c);
            } else {
                flush(word, out);
                if (c == '$' || c == '€' || c == '₽' || c == '%' || c == '+' || c == '₺') {
                    out.add(String.valueOf(c));
                }
            }
        }
        flush(word, out);
        if (digits > 0) {
            out.add("#" + Math.min(digits, 7));
        }
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
