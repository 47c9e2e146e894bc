package dev.watchkeeper.core.shield.secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list of words that tell what a string beside them is (words about keys, words about
 * transactions), read from a resource file: one word a line, lower case, {@code #} comments, a
 * trailing {@code *} to match longer words too. Latin and Cyrillic words match at word
 * boundaries; Chinese ones anywhere. Immutable and thread-safe.
 */
final class ContextWords {
    private final List<String> words = new ArrayList<>();
    private final List<Boolean> prefix = new ArrayList<>();

    private ContextWords(String content) {
        for (String line : content.split("\n")) {
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            boolean open = word.endsWith("*");
            words.add(open ? word.substring(0, word.length() - 1) : word);
            prefix.add(open);
        }
    }

    static ContextWords resource(String name) {
        String path = "/dev/watchkeeper/core/shield/secret/" + name;
        try (InputStream in = Objects.requireNonNull(ContextWords.class.getResourceAsStream(path), path)) {
            return new ContextWords(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the last word of the list ends in {@code lower[from, to)} (a lower-case text), or -1
     * when none occurs there.
     */
    int lastEnd(String lower, int from, int to) {
        int best = -1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int at = lower.lastIndexOf(word, to - word.length());
            while (at >= from) {
                int end = at + word.length();
                if (bounded(lower, at, end, prefix.get(w))) {
                    best = Math.max(best, end);
                    break;
                }
                at = lower.lastIndexOf(word, at - 1);
            }
        }
        return best;
    }

    /** Where the first word of the list starts in {@code lower[from, to)}, or -1 when none occurs there. */
    int firstStart(String lower, int from, int to) {
        int best = -1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int at = lower.indexOf(word, from);
            while (at >= 0 && at + word.length() <= to) {
                if (bounded(lower, at, at + word.length(), prefix.get(w))) {
                    best = best < 0 ? at : Math.min(best, at);
                    break;
                }
                at = lower.indexOf(word, at + 1);
            }
        }
        return best;
    }

    private static boolean bounded(String text, int start, int end, boolean prefix) {
        boolean left = !wordChar(text.charAt(start)) || start == 0 || !wordChar(text.charAt(start - 1));
        boolean right =
                prefix || !wordChar(text.charAt(end - 1)) || end == text.length() || !wordChar(text.charAt(end));
        return left && right;
    }

    /** Letters and digits of scripts that separate words with spaces. */
    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= '\u00C0' && c <= '\u04FF');
    }
}
