package dev.watchkeeper.core.scam.secret;

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
    private final Map<String, Integer> membership;

    private Bip39Wordlists(List<String> names, List<Map<String, Integer>> indexes) {
        this.names = names;
        this.indexes = indexes;
        Map<String, Integer> lists = new HashMap<>();
        for (int l = 0; l < indexes.size(); l++) {
            int bit = 1 << l;
            indexes.get(l).keySet().forEach(w -> lists.merge(w, bit, (a, b) -> a | b));
        }
        this.membership = Map.copyOf(lists);
    }

    /** A bit set of the lists that hold the word (bit {@code l} for list {@code l}); 0 for none. */
    int listsContaining(String word) {
        Integer bits = membership.get(word);
        return bits == null ? 0 : bits;
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
                            Bip39Wordlists.class.getResourceAsStream("/dev/watchkeeper/core/scam/" + resource),
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
