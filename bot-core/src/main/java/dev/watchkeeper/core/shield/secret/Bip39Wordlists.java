package dev.watchkeeper.core.shield.secret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ten official BIP39 word lists, bundled as resources. Words are looked up in lower case,
 * NFKC, with or without accents. Immutable and thread-safe once loaded.
 */
public final class Bip39Wordlists {
    static final List<String> LANGUAGES = List.of(
            "english",
            "spanish",
            "portuguese",
            "french",
            "italian",
            "czech",
            "japanese",
            "korean",
            "chinese_simplified",
            "chinese_traditional");
    private static final Bip39Wordlists BUNDLED = load();

    private final List<String> names;
    private final List<Map<String, Integer>> indexes;
    // open addressing over every word of every list, so that a word of a text is looked up in
    // place, without copying or lower-casing the text first
    private final String[] slotWords;
    private final int[] slotHashes;
    private final int[] slotLists;
    private final int slotMask;
    // one bit per hash value modulo its size, set for the words of the lists: most words of a
    // message are answered from it without touching the table
    private final long[] seen = new long[1 << 12];

    private Bip39Wordlists(List<String> names, List<Map<String, Integer>> indexes) {
        this.names = names;
        this.indexes = indexes;
        Map<String, Integer> lists = new HashMap<>();
        for (int l = 0; l < indexes.size(); l++) {
            int bit = 1 << l;
            indexes.get(l).keySet().forEach(w -> lists.merge(w, bit, (a, b) -> a | b));
        }
        int capacity = Integer.highestOneBit(lists.size() * 3);
        this.slotWords = new String[capacity];
        this.slotHashes = new int[capacity];
        this.slotLists = new int[capacity];
        this.slotMask = capacity - 1;
        lists.forEach((word, bits) -> {
            int hash = word.hashCode();
            int slot = spread(hash) & slotMask;
            while (slotWords[slot] != null) {
                slot = (slot + 1) & slotMask;
            }
            slotWords[slot] = word;
            slotHashes[slot] = hash;
            slotLists[slot] = bits;
            int bit = spread(hash) >>> 6;
            seen[bit & (seen.length - 1)] |= 1L << (spread(hash) & 63);
        });
    }

    /** A bit set of the lists that hold the word (bit {@code l} for list {@code l}); 0 for none. */
    int listsContaining(String word) {
        return listsContaining(word, 0, word.length());
    }

    /** {@link #listsContaining(String)} for the characters {@code from} to {@code to} of a text, in lower case. */
    int listsContaining(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(i));
        }
        int spread = spread(hash);
        if ((seen[(spread >>> 6) & (seen.length - 1)] & (1L << (spread & 63))) == 0) {
            return 0;
        }
        int length = to - from;
        for (int slot = spread & slotMask; ; slot = (slot + 1) & slotMask) {
            String word = slotWords[slot];
            if (word == null) {
                return 0;
            }
            if (slotHashes[slot] == hash && word.length() == length && sameInLowerCase(word, text, from)) {
                return slotLists[slot];
            }
        }
    }

    private static boolean sameInLowerCase(String word, String text, int from) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != Character.toLowerCase(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The bundled lists, loaded once. */
    public static Bip39Wordlists bundled() {
        return BUNDLED;
    }

    int size() {
        return names.size();
    }

    String name(int list) {
        return names.get(list);
    }

    boolean isChinese(int list) {
        return names.get(list).startsWith("chinese");
    }

    /** The word's index (0–2047) in the given list, or -1. */
    int indexOf(int list, String word) {
        Integer i = indexes.get(list).get(word);
        return i == null ? -1 : i;
    }

    Map<String, Integer> words(int list) {
        return indexes.get(list);
    }

    static String stripAccents(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFKC);
    }

    private static Bip39Wordlists load() {
        List<Map<String, Integer>> indexes = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, Integer> index = new HashMap<>(4096);
            String resource = "bip39/" + language + ".txt";
            try (InputStream in = Objects.requireNonNull(
                            Bip39Wordlists.class.getResourceAsStream("/dev/watchkeeper/core/shield/" + resource),
                            resource);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int i = 0;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String word = Normalizer.normalize(line.strip(), Normalizer.Form.NFKC);
                    index.put(word, i);
                    index.putIfAbsent(stripAccents(word), i);
                    i++;
                }
                if (i != 2048) {
                    throw new IllegalStateException(resource + " has " + i + " words, not 2048");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            indexes.add(Map.copyOf(index));
        }
        return new Bip39Wordlists(LANGUAGES, List.copyOf(indexes));
    }
}
