package dev.watchkeeper.benchmarks.traffic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chatter for the day, each language's lines dealt like cards: every line once, in a shuffled
 * order, before any comes again. Real members almost never post the very sentence another member
 * posted minutes before, but a day of thousands of chatter messages drawn freely from forty lines a
 * language would have crowds doing just that, which a detector of similar messages rightly takes
 * for a spike.
 */
final class ChatterLines {
    private final Map<String, List<String>> lines;
    private final Map<String, List<String>> deck = new HashMap<>();

    ChatterLines(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    String next(String language, Random random) {
        List<String> left = deck.computeIfAbsent(language, k -> new ArrayList<>());
        if (left.isEmpty()) {
            left.addAll(lines.get(language));
            Collections.shuffle(left, random);
        }
        return left.removeLast();
    }
}
