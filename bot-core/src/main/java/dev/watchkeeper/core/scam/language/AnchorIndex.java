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
    private long[] keys;
    private int[] targets;
    private int mask;
    private int[] failArray;
    private int[][] rulesArray;

    /** An index over the anchors of phrase rules; entry {@code r} is rule {@code r}. */
    static AnchorIndex of(List<PhraseRule> rules) {
        return new AnchorIndex(rules.stream().map(PhraseRule::anchors).toList());
    }

    /** An index over groups of anchors; {@link #firstAnchor} reports per group. */
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

    /** Packs the trie into flat arrays: an open-addressing table of (state, char) transitions. */
    private void compile() {
        int transitions = next.stream().mapToInt(Map::size).sum();
        int capacity = Integer.highestOneBit(Math.max(16, transitions * 3)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, -1L);
        targets = new int[capacity];
        mask = capacity - 1;
        for (int state = 0; state < next.size(); state++) {
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                long key = key(state, e.getKey());
                int slot = slot(key);
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                targets[slot] = e.getValue();
            }
        }
        failArray = fail.stream().mapToInt(Integer::intValue).toArray();
        rulesArray = rulesAt.toArray(int[][]::new);
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int step(int state, char c) {
        long key = key(state, c);
        int slot = slot(key);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return targets[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** For each rule, the end position of the first occurrence of one of its anchors; -1 when absent. */
    int[] firstAnchor(String text) {
        int[] first = new int[ruleCount];
        Arrays.fill(first, -1);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to;
            while ((to = step(state, c)) < 0 && state != 0) {
                state = failArray[state];
            }
            state = Math.max(to, 0);
            for (int r : rulesArray[state]) {
                if (first[r] < 0) {
                    first[r] = i;
                }
            }
        }
        return first;
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
