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

    AnchorIndex(List<PhraseRule> rules) {
        this.ruleCount = rules.size();
        newState(0);
        for (int r = 0; r < rules.size(); r++) {
            for (String anchor : rules.get(r).anchors()) {
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
    }

    /** For each rule, the end position of the first occurrence of one of its anchors; -1 when absent. */
    int[] firstAnchor(String text) {
        int[] first = new int[ruleCount];
        Arrays.fill(first, -1);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer to;
            while ((to = next.get(state).get(c)) == null && state != 0) {
                state = fail.get(state);
            }
            state = to == null ? 0 : to;
            for (int r : rulesAt.get(state)) {
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
