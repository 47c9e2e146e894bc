package dev.watchkeeper.core.shield.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Aho-Corasick automaton over the literal trigger words of many phrases (one group of words per
 * phrase): one pass over a text finds every occurrence of every word, so a phrase's expression is
 * only tried where one of its words occurs. Built once; immutable and thread-safe.
 */
final class TriggerIndex {
    /** Occurrences kept per group: enough windows to find a phrase, and a bound on the work. */
    static final int MAX_PER_GROUP = 48;

    private static final int LENGTH_BITS = 8;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;

    private final int groups;
    private final short[] classOf;
    private final int classes;
    // per state and character class: the next state's row, shifted left, low bit set when words end there
    private final int[] delta;
    // per state: the words that end there, as group << LENGTH_BITS | length
    private final int[][] outputs;

    /** An index over groups of words; {@link #find} reports occurrences by group number. */
    TriggerIndex(List<List<String>> words) {
        this.groups = words.size();
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        next.add(new HashMap<>());
        out.add(new int[0]);
        for (int g = 0; g < words.size(); g++) {
            for (String word : words.get(g)) {
                if (word.isEmpty() || word.length() > LENGTH_MASK) {
                    throw new IllegalArgumentException("trigger words must have 1 to " + LENGTH_MASK + " characters");
                }
                int state = 0;
                for (int i = 0; i < word.length(); i++) {
                    Integer to = next.get(state).get(word.charAt(i));
                    if (to == null) {
                        to = next.size();
                        next.add(new HashMap<>());
                        out.add(new int[0]);
                        next.get(state).put(word.charAt(i), to);
                    }
                    state = to;
                }
                out.set(state, union(out.get(state), new int[] {g << LENGTH_BITS | word.length()}));
            }
        }
        int[] fail = new int[next.size()];
        List<Integer> order = breadthFirst(next, fail, out);
        char max = 0;
        for (Map<Character, Integer> m : next) {
            for (char c : m.keySet()) {
                max = (char) Math.max(max, c);
            }
        }
        this.classOf = new short[max + 1];
        int k = 1;
        for (Map<Character, Integer> m : next) {
            for (char c : m.keySet()) {
                if (classOf[c] == 0) {
                    classOf[c] = (short) k++;
                }
            }
        }
        this.classes = k;
        this.outputs = out.toArray(int[][]::new);
        int[] table = new int[next.size() * classes];
        for (int state : order) {
            for (int c = 1; c < classes; c++) {
                table[state * classes + c] = state == 0 ? 0 : table[fail[state] * classes + c];
            }
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                table[state * classes + classOf[e.getKey()]] = e.getValue();
            }
        }
        for (int i = 0; i < table.length; i++) {
            int to = table[i];
            table[i] = (to * classes) << 1 | (outputs[to].length > 0 ? 1 : 0);
        }
        this.delta = table;
    }

    /** The failure links, breadth first; merges each state's words with those of its failure state. */
    private static List<Integer> breadthFirst(List<Map<Character, Integer>> next, int[] fail, List<int[]> out) {
        List<Integer> order = new ArrayList<>(next.size());
        order.add(0);
        Queue<Integer> queue = new ArrayDeque<>(next.get(0).values());
        order.addAll(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                int child = e.getValue();
                int f = fail[state];
                Integer to;
                while ((to = next.get(f).get(e.getKey())) == null && f != 0) {
                    f = fail[f];
                }
                int link = to == null || to == child ? 0 : to;
                fail[child] = link;
                out.set(child, union(out.get(child), out.get(link)));
                queue.add(child);
                order.add(child);
            }
        }
        return order;
    }

    /**
     * Every occurrence of every word in one pass over the text (at most {@value #MAX_PER_GROUP} per
     * group), ordered by group, then by where it starts.
     */
    Occurrences find(String text) {
        Occurrences found = new Occurrences();
        int[] kept = new int[groups];
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int entry = delta[row + (c < classOf.length ? classOf[c] : 0)];
            row = entry >>> 1;
            if ((entry & 1) != 0) {
                for (int output : outputs[row / classes]) {
                    int group = output >>> LENGTH_BITS;
                    if (kept[group] < MAX_PER_GROUP) {
                        kept[group]++;
                        int length = output & LENGTH_MASK;
                        found.add(group, i + 1 - length, length);
                    }
                }
            }
        }
        found.sort();
        return found;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = a;
        for (int v : b) {
            if (Arrays.stream(out).noneMatch(x -> x == v)) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = v;
            }
        }
        return out;
    }
}
