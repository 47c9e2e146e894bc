package dev.watchkeeper.core.shield.link;

import java.util.List;
import java.util.Set;

/**
 * The bundled word and suffix lists that domain shapes are read with: bait words, crypto terms,
 * throwaway TLDs and free hosting platforms ({@code bait-words.txt}, {@code crypto-terms.txt},
 * {@code throwaway-tlds.txt}, {@code hosting-platforms.txt}). Immutable; thread-safe.
 */
final class DomainVocabulary {
    static final List<String> BAIT_WORDS = LinkResources.lines("bait-words.txt");
    static final List<String> CRYPTO_TERMS = LinkResources.lines("crypto-terms.txt");
    static final List<String> THROWAWAY_TLDS = LinkResources.lines("throwaway-tlds.txt");
    static final List<String> HOSTING_PLATFORMS = LinkResources.lines("hosting-platforms.txt");

    private static final Set<String> THROWAWAY = Set.copyOf(THROWAWAY_TLDS);
    private static final Set<String> HOSTING = Set.copyOf(HOSTING_PLATFORMS);

    private DomainVocabulary() {}

    static boolean isThrowaway(String suffix) {
        return THROWAWAY.contains(suffix);
    }

    static boolean isHosting(String domain) {
        return HOSTING.contains(domain);
    }

    /** The first bait word inside the labels, or the empty string. */
    static String baitIn(String labels) {
        for (String word : BAIT_WORDS) {
            if (containsWord(labels, word)) {
                return word;
            }
        }
        return "";
    }

    /**
     * The word inside the labels: anywhere when it has five letters or more; a four-letter word
     * with a non-letter (digit, hyphen, dot) or an end on at least one side; a shorter one on
     * both sides, so that "sol" is found in "sol-claim" but not in "console" or "solidity".
     */
    static boolean containsWord(String labels, String word) {
        if (word.length() >= 5) {
            return labels.contains(word);
        }
        for (int i = labels.indexOf(word); i >= 0; i = labels.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean left = i == 0 || !Character.isLetter(labels.charAt(i - 1));
            boolean right = end == labels.length() || !Character.isLetter(labels.charAt(end));
            if (word.length() >= 4 ? left || right : left && right) {
                return true;
            }
        }
        return false;
    }
}
