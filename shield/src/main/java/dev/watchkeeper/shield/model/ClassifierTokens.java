package dev.watchkeeper.shield.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns folded message text into classifier tokens: words; each Chinese character on its own;
 * numbers as their digit count ({@code #3} for 500); currency signs. Links, {@code @names} and
 * addresses, transaction ids and keys (a run of {@value #LONGEST_WORD} or more ASCII letters and
 * digits) are left out: the link, contact and secret detectors judge them and the learned
 * combination counts links and mentions; a text model that saw them learned that a bare link is
 * spam (members post official links too), and the letters of a transaction hash split into a
 * dozen nonsense tokens made a member's "tx 0x4c08… is stuck" read as spam. At most {@value
 * #MAX_TOKENS} tokens are read, so the work is bounded whatever the length.
 */
final class ClassifierTokens {
    private static final int MAX_TOKENS = 300;
    private static final int MAX_CHARS = 6_000;
    private static final int LONGEST_WORD = 25;

    private ClassifierTokens() {}

    static String[] of(String text) {
        String folded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
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
            if ((raw.startsWith("@") && raw.length() > 2)
                    || raw.contains("://")
                    || looksLikeDomain(raw)
                    || holdsCode(raw)) {
                continue;
            }
            split(raw, out);
        }
        return (out.size() > MAX_TOKENS ? out.subList(0, MAX_TOKENS) : out).toArray(String[]::new);
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

    /** True when the text holds a run of ASCII letters and digits too long to be a word. */
    private static boolean holdsCode(String raw) {
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            run = isAsciiLetter(c) || (c >= '0' && c <= '9') ? run + 1 : 0;
            if (run >= LONGEST_WORD) {
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
