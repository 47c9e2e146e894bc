package dev.watchkeeper.core.moderation.wave;

import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pairs of neighbouring words of a text, hashed, for telling near-duplicate scam posts: what
 * scammers vary between copies (amounts, links, mentions, emoji, invisible characters, look-alike
 * letters, case) is left out first, so copies that differ by a word or two still share most pairs.
 * Chinese and Japanese are written without spaces, so each of their characters counts as a word.
 * Immutable; never blocks.
 */
final class TextFingerprint {
    /** Fewer words than this say too little to call two texts copies of each other. */
    static final int FEWEST_WORDS = 4;

    private static final int MOST_WORDS = 400;
    private static final Pattern LINK = Pattern.compile(
            "\\S*(?:://|www\\.)\\S*|[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}-]\\.\\p{L}{2,}(?![\\p{L}\\p{N}])(?:/\\S*)?");
    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_.]+|<@[!&]?\\d+>");

    private final long[] pairs;

    private TextFingerprint(long[] pairs) {
        this.pairs = pairs;
    }

    /** The fingerprint of a text; {@linkplain #isEmpty() empty} when it has too few words. */
    static TextFingerprint of(String text) {
        String folded = TextNormalizer.normalize(text).folded();
        String plain = MENTION.matcher(LINK.matcher(folded).replaceAll(" ")).replaceAll(" ");
        List<String> words = words(plain);
        if (words.size() < FEWEST_WORDS) {
            return new TextFingerprint(new long[0]);
        }
        long[] hashes = new long[words.size() - 1];
        for (int i = 0; i + 1 < words.size(); i++) {
            hashes[i] = mix(words.get(i).hashCode() * 0x9E3779B97F4A7C15L
                    + words.get(i + 1).hashCode());
        }
        return new TextFingerprint(Arrays.stream(hashes).sorted().distinct().toArray());
    }

    /** True when the text had too few words to compare. */
    boolean isEmpty() {
        return pairs.length == 0;
    }

    /** The Jaccard similarity of the two texts' word pairs, from 0 to 1; 0 if either is empty. */
    double similarity(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < pairs.length && j < other.pairs.length) {
            int c = Long.compare(pairs[i], other.pairs[j]);
            if (c == 0) {
                shared++;
            }
            if (c <= 0) {
                i++;
            }
            if (c >= 0) {
                j++;
            }
        }
        return (double) shared / (pairs.length + other.pairs.length - shared);
    }

    /** Runs of letters; a character of an unspaced script is a word of its own. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length() && words.size() < MOST_WORDS; ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean letter = Character.isLetter(c);
            if (letter && isUnspaced(c)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
                words.add(text.substring(i, next));
            } else if (letter) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0 && words.size() < MOST_WORDS) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isUnspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
