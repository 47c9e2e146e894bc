package dev.watchkeeper.core.scam.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Aho-Corasick automaton over the anchors of many rules: one pass over a text tells, for every
 * rule, where its first anchor occurs. Replaces hundreds of {@code String.indexOf} scans per
 * message. Immutable after construction; thread-safe.
 */
final class AnchorIndex {
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<int[]> rulesAt = new ArrayList<>();
    private final List<Integer> depth = new ArrayList<>();
    private final int ruleCount;
    private short[] classOf;
    private int classes;
    private int[] delta;
    private int[][] rulesArray;

    /** An index over the anchors of phrase rules; entry {@code r} is rule {@code r}. */
    static AnchorIndex of(List<PhraseRule> rules) {
        return new AnchorIndex(rules.stream().map(PhraseRule::anchors).toList());
    }

    /** An index over groups of anchors; {@link #scan} reports per group. */
    AnchorIndex(List<String[]> groups) {
        this.ruleCount = groups.size();
        newState(0);
        for (int r = 0; r < groups.size(); r++) {
            for (String anchor : groups.get(r)) {
                int state = 0;
                for (int i = 0; i < anchor.length(); i++) {
                    Integer to = next.get(state).get(anchor.charAt(i));
                    if (to == null) {
                        to = newState(depth.get(state) + 1);
                        next.get(state).put(anchor.charAt(i), to);
                    }
                    state = to;
                }
                rulesAt.set(state, append(rulesAt.get(state), r));
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
        rulesArray = rulesAt.toArray(int[][]::new);
    }

    /** For each rule, the end position of the first occurrence of one of its anchors; -1 when absent. */
    int[] firstAnchor(String text) {
        int[] hits = scan(text);
        return Arrays.copyOf(hits, ruleCount);
    }

    /**
     * One pass over the text: entry {@code r} is where the first anchor of rule {@code r} ends and
     * entry {@code ruleCount + r} where its last one ends (inclusive); both -1 when none occurs.
     */
    int[] scan(String text) {
        int[] hits = new int[ruleCount * 2];
        Arrays.fill(hits, -1);
        short[] classOf = this.classOf;
        int[] delta = this.delta;
        int classes = this.classes;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cls = c < classOf.length ? classOf[c] : 0;
            state = delta[state * classes + cls];
            int[] rules = rulesArray[state];
            for (int r : rules) {
                if (hits[r] < 0) {
                    hits[r] = i;
                }
                hits[ruleCount + r] = i;
            }
        }
        return hits;
    }

    /** Where the first anchor of any group ends, or -1 when none occurs. */
    int firstOfAny(String text) {
        short[] classOf = this.classOf;
        int[] delta = this.delta;
        int classes = this.classes;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            state = delta[state * classes + (c < classOf.length ? classOf[c] : 0)];
            if (rulesArray[state].length > 0) {
                return i;
            }
        }
        return -1;
    }

    private int newState(int d) {
        next.add(new HashMap<>());
        fail.add(0);
        rulesAt.add(new int[0]);
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
                rulesAt.set(child, merge(rulesAt.get(child), rulesAt.get(link)));
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
