package dev.watchkeeper.core.scam.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Aho-Corasick automaton over groups of strings (the start strings or anchors of many phrase
 * rules, one group a rule): one pass over a text finds every occurrence of every string. Replaces
 * hundreds of {@code String.indexOf} scans or regular-expression attempts per message. Immutable
 * after construction; thread-safe.
 */
final class AnchorIndex {
    private static final int LENGTH_BITS = 8;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    // per state, the strings that end there: group << LENGTH_BITS | length
    private final List<int[]> outputsAt = new ArrayList<>();
    private final List<Integer> depth = new ArrayList<>();
    private short[] classOf;
    private int classes;
    private int[] delta;
    private int[][] outputs;

    /** An index over groups of strings; {@link #find} reports occurrences by group number. */
    AnchorIndex(List<List<String>> groups) {
        newState(0);
        for (int r = 0; r < groups.size(); r++) {
            for (String anchor : groups.get(r)) {
                if (anchor.isEmpty() || anchor.length() > LENGTH_MASK) {
                    throw new IllegalArgumentException("strings must have 1 to " + LENGTH_MASK + " characters");
                }
                int state = 0;
                for (int i = 0; i < anchor.length(); i++) {
                    Integer to = next.get(state).get(anchor.charAt(i));
                    if (to == null) {
                        to = newState(depth.get(state) + 1);
                        next.get(state).put(anchor.charAt(i), to);
                    }
                    state = to;
                }
                int output = r << LENGTH_BITS | anchor.length();
                if (Arrays.stream(outputsAt.get(state)).noneMatch(o -> o == output)) {
                    outputsAt.set(state, append(outputsAt.get(state), output));
                }
            }
        }
        buildFailureLinks();
        compile();
    }

    /**
     * Turns the trie and its failure links into a transition table (a DFA): one array lookup per
     * character, with no failure-link walks at match time. Characters that occur in no anchor
     * share class 0, which always leads back to the root.
     */
    private void compile() {
        char max = 0;
        for (Map<Character, Integer> m : next) {
            for (char c : m.keySet()) {
                max = (char) Math.max(max, c);
            }
        }
        classOf = new short[max + 1];
        int k = 1;
        for (Map<Character, Integer> m : next) {
            for (char c : m.keySet()) {
                if (classOf[c] == 0) {
                    classOf[c] = (short) k++;
                }
            }
        }
        classes = k;
        delta = new int[next.size() * classes];
        List<Integer> order = new ArrayList<>(next.size());
        order.add(0);
        for (int i = 0; i < order.size(); i++) {
            order.addAll(next.get(order.get(i)).values());
        }
        for (int state : order) {
            int f = fail.get(state);
            for (int c = 1; c < classes; c++) {
                delta[state * classes + c] = state == 0 ? 0 : delta[f * classes + c];
            }
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                delta[state * classes + classOf[e.getKey()]] = e.getValue();
            }
        }
        outputs = outputsAt.toArray(int[][]::new);
        // entries hold where the next state's row begins, shifted left, with the low bit set when
        // strings end there: no multiplication and no look at the outputs for most characters
        for (int i = 0; i < delta.length; i++) {
            int to = delta[i];
            delta[i] = (to * classes) << 1 | (outputs[to].length > 0 ? 1 : 0);
        }
    }

    /**
     * Every occurrence of every string in one pass over the text, ordered by group, then by where
     * it starts.
     */
    Occurrences find(String text) {
        Occurrences found = new Occurrences();
        short[] classOf = this.classOf;
        int[] delta = this.delta;
        int classes = this.classes;
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int entry = delta[row + (c < classOf.length ? classOf[c] : 0)];
            row = entry >>> 1;
            if ((entry & 1) != 0) {
                for (int output : outputs[row / classes]) {
                    int length = output & LENGTH_MASK;
                    found.add(output >>> LENGTH_BITS, i + 1 - length, length);
                }
            }
        }
        found.sort();
        return found;
    }

    private int newState(int d) {
        next.add(new HashMap<>());
        fail.add(0);
        outputsAt.add(new int[0]);
        depth.add(d);
        return next.size() - 1;
    }

    private void buildFailureLinks() {
        Queue<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                int child = e.getValue();
                int f = fail.get(state);
                Integer to;
                while ((to = next.get(f).get(e.getKey())) == null && f != 0) {
                    f = fail.get(f);
                }
                int link = to == null || to == child ? 0 : to;
                fail.set(child, link);
                outputsAt.set(child, merge(outputsAt.get(child), outputsAt.get(link)));
                queue.add(child);
            }
        }
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = a;
        for (int v : b) {
            if (Arrays.stream(out).noneMatch(x -> x == v)) {
                out = append(out, v);
            }
        }
        return out;
    }
}
