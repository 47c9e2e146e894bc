package dev.watchkeeper.shield.model;

import java.util.Arrays;

/**
 * Hashes a folded message into the text model's features, the way fastText does: each word, each
 * pair of neighbouring words, and the character 3- to 5-grams of each word with its boundaries
 * ({@code <claim>} gives {@code <cl}, {@code cla}, … {@code im>}). Subwords survive typos,
 * inflection and obfuscation that a word list misses, and work the same in every script. Features
 * are hashed (MurmurHash3) into {@value #BITS} bits; values are {@code 1 + log(count)}, scaled to
 * unit length. Pure and thread-safe; work is linear in the token count, which {@link
 * ClassifierTokens} caps.
 */
final class TextFeatures {
    static final int BITS = 20;
    static final int DIMENSION = 1 << BITS;
    private static final int WORD = 0x5eed0001;
    private static final int PAIR = 0x5eed0002;
    private static final int GRAM = 0x5eed0003;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    private static final int LONGEST_WORD = 24;
    private static final int MOST_PER_TOKEN = 2 + 3 * (LONGEST_WORD + 2);

    private TextFeatures() {}

    /** The features of a folded text (see {@link dev.watchkeeper.core.shield.text.TextNormalizer}). */
    static SparseVector of(String folded) {
        return of(ClassifierTokens.of(folded));
    }

    static SparseVector of(String[] tokens) {
        int[] raw = new int[tokens.length * MOST_PER_TOKEN + 1];
        int n = 0;
        int previous = 0;
        for (String token : tokens) {
            int word = Murmur3.hash(WORD, token, 0, token.length());
            raw[n++] = word;
            raw[n++] = Murmur3.combine(PAIR, previous, word);
            previous = word;
            if (isWord(token)) {
                n = subwords(token, raw, n);
            }
        }
        raw[n++] = Murmur3.combine(PAIR, previous, 0);
        return collect(raw, n);
    }

    /** The features one token contributes on its own (for explaining a score). */
    static int[] ofToken(String token) {
        int[] raw = new int[MOST_PER_TOKEN];
        raw[0] = Murmur3.hash(WORD, token, 0, token.length());
        int n = isWord(token) ? subwords(token, raw, 1) : 1;
        int[] out = Arrays.copyOf(raw, n);
        for (int i = 0; i < n; i++) {
            out[i] &= DIMENSION - 1;
        }
        return out;
    }

    private static boolean isWord(String token) {
        return token.length() >= 2 && Character.isLetter(token.charAt(0));
    }

    private static int subwords(String token, int[] raw, int n) {
        String word = '<' + (token.length() > LONGEST_WORD ? token.substring(0, LONGEST_WORD) : token) + '>';
        for (int len = MIN_GRAM; len <= MAX_GRAM && len < word.length(); len++) {
            for (int start = 0; start + len <= word.length(); start++) {
                raw[n++] = Murmur3.hash(GRAM, word, start, start + len);
            }
        }
        return n;
    }

    private static SparseVector collect(int[] raw, int n) {
        for (int i = 0; i < n; i++) {
            raw[i] &= DIMENSION - 1;
        }
        Arrays.sort(raw, 0, n);
        int[] indices = new int[n];
        float[] values = new float[n];
        int distinct = 0;
        double norm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && raw[j] == raw[i]) {
                j++;
            }
            float value = (float) (1 + Math.log(j - i));
            indices[distinct] = raw[i];
            values[distinct++] = value;
            norm += value * value;
            i = j;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < distinct; i++) {
            values[i] *= scale;
        }
        return new SparseVector(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }
}
