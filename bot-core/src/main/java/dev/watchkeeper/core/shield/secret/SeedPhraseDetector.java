package dev.watchkeeper.core.shield.secret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds BIP39 seed phrases: runs of 12 to 24 words from one official list, separated only by
 * spaces, commas, new lines or numbering. A run whose window of 12, 15, 18, 21 or 24 words passes
 * the BIP39 checksum is certain. A run of 11 or more list words (at most two of them typos) that
 * fails the checksum is still reported as probable when it reads like a pasted phrase rather than
 * prose, because a seed with one wrong word is still a leaked wallet. Chinese phrases count only
 * when their characters are separated by spaces, since ordinary Chinese prose is made of the
 * same common characters. In a run of list words longer than a phrase, only phrases starting
 * among its first 48 words are tried, and at most 64 hex strings of a message are judged (in
 * {@link PrivateKeyDetector}), so the cost stays linear. Stateless and thread-safe.
 */
public final class SeedPhraseDetector {
    private static final int MIN_PROBABLE = 11;
    private static final int[] SIZES = {24, 21, 18, 15, 12};
    private static final int MAX_TYPOS = 2;
    private static final int MAX_STARTS = 48;

    private final Bip39Wordlists lists;
    private final List<Map<String, Integer>> prefixes = new ArrayList<>();

    public SeedPhraseDetector(Bip39Wordlists lists) {
        this.lists = lists;
        for (int l = 0; l < lists.size(); l++) {
            Map<String, Integer> byPrefix = new HashMap<>();
            if (!lists.name(l).startsWith("chinese") && !lists.name(l).equals("japanese")) {
                lists.words(l).forEach((w, i) -> {
                    if (w.length() >= 4) {
                        byPrefix.putIfAbsent(w.substring(0, 4), i);
                    }
                });
            }
            prefixes.add(Map.copyOf(byPrefix));
        }
    }

    /** Finds the seed phrases in a text (NFKC form), in order; empty when there are none. */
    public List<SecretFinding> find(String text) {
        if (!mayHoldPhrase(text)) {
            return List.of();
        }
        List<WordToken> tokens = WordToken.split(text.toLowerCase(Locale.ROOT));
        if (tokens.size() < MIN_PROBABLE) {
            return List.of();
        }
        int[] hits = new int[lists.size()];
        for (WordToken token : tokens) {
            int bits = lists.listsContaining(token.word());
            while (bits != 0) {
                hits[Integer.numberOfTrailingZeros(bits)]++;
                bits &= bits - 1;
            }
        }
        List<SecretFinding> found = new ArrayList<>();
        int[] index = new int[tokens.size()];
        for (int l = 0; l < lists.size() && found.isEmpty(); l++) {
            if (hits[l] >= MIN_PROBABLE - MAX_TYPOS) {
                lookup(l, tokens, index);
                scanList(l, tokens, index, found);
            }
        }
        return found;
    }

    /**
     * A quick test that lets ordinary messages through without copying a word: a phrase needs
     * {@value #MIN_PROBABLE} words in a row, joined like a pasted phrase, of which all but {@value
     * #MAX_TYPOS} (the possible typos, of four letters or more) are words of one list.
     */
    private boolean mayHoldPhrase(String text) {
        int[] listsOf = new int[MIN_PROBABLE];
        boolean[] typoOk = new boolean[MIN_PROBABLE];
        int inRow = 0;
        int previousEnd = 0;
        int i = 0;
        while (i < text.length()) {
            if (!WordToken.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && WordToken.isLetter(text.charAt(end))) {
                end++;
            }
            if (!WordToken.phraseGap(text, previousEnd, i)) {
                inRow = 0;
            }
            // the last MIN_PROBABLE words joined like a phrase, in a ring
            listsOf[inRow % MIN_PROBABLE] = lists.listsContaining(text, i, end);
            typoOk[inRow % MIN_PROBABLE] = end - i >= 4;
            inRow++;
            if (inRow >= MIN_PROBABLE && windowHoldsPhrase(listsOf, typoOk)) {
                return true;
            }
            previousEnd = end;
            i = end;
        }
        return false;
    }

    private boolean windowHoldsPhrase(int[] listsOf, boolean[] typoOk) {
        int candidates = 0;
        for (int bits : listsOf) {
            candidates |= bits;
        }
        for (int l = 0; l < lists.size(); l++) {
            if ((candidates & (1 << l)) == 0) {
                continue;
            }
            int typos = 0;
            for (int k = 0; k < MIN_PROBABLE && typos <= MAX_TYPOS; k++) {
                if ((listsOf[k] & (1 << l)) == 0) {
                    typos += typoOk[k] ? 1 : MAX_TYPOS + 1;
                }
            }
            if (typos <= MAX_TYPOS) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code index} with each token's exact index in the list, -1 if none. */
    private void lookup(int list, List<WordToken> tokens, int[] index) {
        for (int k = 0; k < tokens.size(); k++) {
            index[k] = lists.indexOf(list, tokens.get(k).word());
        }
    }

    private void scanList(int list, List<WordToken> tokens, int[] exact, List<SecretFinding> found) {
        int[] index = new int[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            if (exact[i] < 0) {
                i++;
                continue;
            }
            int typos = 0;
            int j = i;
            while (j < tokens.size() && (j == i || tokens.get(j).phraseGap())) {
                int typo;
                if (exact[j] >= 0) {
                    index[j] = exact[j];
                } else if (typos < MAX_TYPOS && (typo = typo(list, tokens.get(j).word())) >= 0) {
                    typos++;
                    index[j] = -1 - typo;
                } else {
                    break;
                }
                j++;
            }
            if (j - i >= MIN_PROBABLE && !(lists.isChinese(list) && !spaced(tokens, i, j))) {
                judgeRun(list, tokens, index, i, j, found);
            }
            i = Math.max(j, i + 1);
        }
    }

    private void judgeRun(int list, List<WordToken> tokens, int[] index, int from, int to, List<SecretFinding> found) {
        // a phrase is at most 24 words: in a longer run of list words only the first windows are
        // tried, so that a long run costs no more than a short one
        int lastStart = Math.min(to, from + MAX_STARTS);
        for (int size : SIZES) {
            for (int s = from; s + size <= to && s < lastStart; s++) {
                if (Bip39Checksum.valid(index, s, size)) {
                    found.add(new SecretFinding(
                            SecretKind.SEED_PHRASE,
                            tokens.get(s).start(),
                            tokens.get(s + size - 1).end(),
                            true,
                            size + " words, " + lists.name(list) + " list, checksum valid"));
                    return;
                }
            }
        }
        int words = to - from;
        boolean dominates = words * 2 >= tokens.size();
        if (!lists.isChinese(list) && words <= 25 && (dominates || words >= 12)) {
            found.add(new SecretFinding(
                    SecretKind.SEED_PHRASE,
                    tokens.get(from).start(),
                    tokens.get(to - 1).end(),
                    false,
                    words + " words, " + lists.name(list) + " list, checksum not valid (typo or missing word?)"));
        }
    }

    private int typo(int list, String word) {
        if (word.length() < 4) {
            return -1;
        }
        String stripped = Bip39Wordlists.stripAccents(word);
        Integer i = prefixes.get(list).get(stripped.substring(0, 4));
        return i == null ? -1 : i;
    }

    private static boolean spaced(List<WordToken> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word().length() != 1) {
                return false;
            }
        }
        return true;
    }
}
