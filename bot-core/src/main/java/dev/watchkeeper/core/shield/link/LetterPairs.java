package dev.watchkeeper.core.shield.link;

import java.util.List;

/**
 * How word-like a label reads: the mean log-probability of its letter pairs under a letter-pair
 * model of the BIP-39 English word list (2,048 ordinary words, bundled for the seed phrase
 * detector), with the ends of words as a letter of their own. A random label such as {@code
 * fadzvz} scores far lower than {@code uniswap} or {@code coinbase}. Immutable; thread-safe.
 */
final class LetterPairs {
    private static final int END = 26;
    private static final double[][] LOG_P = fit(LinkResources.lines("/dev/watchkeeper/core/shield/bip39/english.txt"));

    private LetterPairs() {}

    private static double[][] fit(List<String> words) {
        double[][] counts = new double[27][27];
        for (String word : words) {
            int prev = END;
            for (int i = 0; i <= word.length(); i++) {
                int c = i < word.length() ? word.charAt(i) - 'a' : END;
                if (c < 0 || c > END) {
                    prev = END;
                    continue;
                }
                counts[prev][c]++;
                prev = c;
            }
        }
        double[][] logP = new double[27][27];
        for (int a = 0; a < 27; a++) {
            double total = 0;
            for (int b = 0; b < 27; b++) {
                total += counts[a][b] + 0.5;
            }
            for (int b = 0; b < 27; b++) {
                logP[a][b] = Math.log((counts[a][b] + 0.5) / total) / Math.log(2);
            }
        }
        return logP;
    }

    /**
     * The mean log2-probability per letter pair of the letters of the label, each run of letters
     * read as a word; {@code NaN} when it has fewer than four letters.
     */
    static double meanLogProbability(String label) {
        double sum = 0;
        int pairs = 0;
        int letters = 0;
        int prev = END;
        for (int i = 0; i <= label.length(); i++) {
            char ch = i < label.length() ? label.charAt(i) : '-';
            boolean letter = ch >= 'a' && ch <= 'z';
            int c = letter ? ch - 'a' : END;
            if (letter || prev != END) {
                sum += LOG_P[prev][c];
                pairs++;
            }
            letters += letter ? 1 : 0;
            prev = c;
        }
        return letters < 4 ? Double.NaN : sum / pairs;
    }
}
