package dev.watchkeeper.core.incident.phrasing;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The character n-grams a short message is compared by: lower case, accents and digits dropped
 * ({@code não} and {@code nao}, {@code 2 hours} and {@code 3 hours} are alike), trigrams of each
 * word padded with spaces in alphabetic scripts (mentions and links left out), and pairs of characters in Chinese and Japanese,
 * which are written without spaces. Pure and thread-safe.
 */
public final class TextGrams {
    private static final Pattern MENTION_OR_LINK = Pattern.compile("@\\w+|https?://\\S+|<@!?\\d+>");

    private TextGrams() {}

    /** The n-grams of a text; empty when it has no letters. */
    public static Set<String> of(String text) {
        // a mention of the bot or of someone, or a link, says nothing about what is asked
        String words = MENTION_OR_LINK.matcher(text).replaceAll(" ");
        String plain = Normalizer.normalize(words.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        Set<String> grams = new HashSet<>();
        StringBuilder word = new StringBuilder();
        int previousIdeograph = -1;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (ideograph(c)) {
                wordGrams(word, grams);
                grams.add(new String(Character.toChars(c)));
                if (previousIdeograph >= 0) {
                    grams.add(new String(new int[] {previousIdeograph, c}, 0, 2));
                }
                previousIdeograph = c;
            } else if (Character.isLetter(c)) {
                previousIdeograph = -1;
                word.appendCodePoint(c);
            } else {
                previousIdeograph = -1;
                wordGrams(word, grams);
            }
        }
        wordGrams(word, grams);
        return grams;
    }

    /**
     * How much of {@code text}'s n-grams a phrasing shares, in both directions (Dice: twice the
     * shared n-grams over both counts): 1 for the same words, 0 for nothing in common.
     */
    public static double dice(Set<String> text, Set<String> phrasing) {
        if (text.isEmpty() || phrasing.isEmpty()) {
            return 0.0;
        }
        Set<String> smaller = text.size() <= phrasing.size() ? text : phrasing;
        Set<String> larger = smaller == text ? phrasing : text;
        int shared = 0;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / (text.size() + phrasing.size());
    }

    private static boolean ideograph(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void wordGrams(StringBuilder word, Set<String> grams) {
        if (word.isEmpty()) {
            return;
        }
        String padded = " " + word + " ";
        int[] points = padded.codePoints().toArray();
        for (int i = 0; i + 3 <= points.length; i++) {
            grams.add(new String(points, i, 3));
        }
        word.setLength(0);
    }
}
