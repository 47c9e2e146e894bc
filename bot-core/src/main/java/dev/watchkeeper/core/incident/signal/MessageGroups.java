package dev.watchkeeper.core.incident.signal;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups member messages that no knowledge-base entry matches by their words, so that a wave of
 * new complaints ("app crashes on login after the update") counts as one topic. A message joins
 * the first group whose first message shares at least {@code similarity} of its words (Jaccard of
 * word sets; Chinese and Japanese by pairs of characters); else it starts a group. Messages with
 * fewer than {@value #MIN_WORDS} words are not grouped: "help" is no topic.
 *
 * <p>The groups live in this process's memory, at most {@code maxGroups} (the least recently joined
 * are forgotten first): with several instances each groups its own share of messages, and the
 * topic key of the same wave may differ between them. Thread-safe.
 */
public final class MessageGroups {
    private static final int MIN_WORDS = 3;
    private static final int MIN_WORD_LENGTH = 3;

    private final double similarity;
    private final int maxGroups;
    private final LinkedHashMap<String, Set<String>> groups = new LinkedHashMap<>(16, 0.75f, true);

    public MessageGroups(double similarity, int maxGroups) {
        if (!(similarity > 0.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("similarity must be in (0,1]: " + similarity);
        }
        if (maxGroups < 1) {
            throw new IllegalArgumentException("maxGroups must be at least 1: " + maxGroups);
        }
        this.similarity = similarity;
        this.maxGroups = maxGroups;
    }

    /** Groups that take half of a message's words in common, at most 2,000 kept. */
    public static MessageGroups defaults() {
        return new MessageGroups(0.5, 2_000);
    }

    /** The topic key of the group this text joins or starts; empty when it has too few words. */
    public synchronized Optional<String> topicOf(String text) {
        Set<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
            if (jaccard(words, group.getValue()) >= similarity) {
                String key = group.getKey();
                groups.get(key); // a read marks the group recently used
                return Optional.of(key);
            }
        }
        String key = "similar:"
                + Integer.toHexString(String.join(" ", new TreeSet<>(words)).hashCode());
        groups.put(key, words);
        Iterator<String> eldest = groups.keySet().iterator();
        while (groups.size() > maxGroups && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
        return Optional.of(key);
    }

    /** The words a message is compared by: lower-case words of three letters or more, character pairs in Chinese. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (han) {
                flush(word, words);
                if (previousHan >= 0) {
                    words.add(new String(new int[] {previousHan, c}, 0, 2));
                }
                previousHan = c;
            } else if (Character.isLetter(c)) {
                previousHan = -1;
                word.appendCodePoint(c);
            } else {
                previousHan = -1;
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, Set<String> words) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
