package dev.watchkeeper.knowledge.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets of analysed terms, one per document, stored as sorted term numbers in one flat array. The
 * ranker tests every hit's set for the query's terms on each search; here a test reads a few
 * neighbouring ints, where hash sets of strings sent it through pointers all over the heap.
 * Immutable once built.
 */
final class TermSets {
    private final int[] start;
    private final int[] numbers;

    private TermSets(int[] start, int[] numbers) {
        this.start = start;
        this.numbers = numbers;
    }

    /** Whether set {@code set} holds the term numbered {@code number}. */
    boolean contains(int set, int number) {
        return Arrays.binarySearch(numbers, start[set], start[set + 1], number) >= 0;
    }

    /**
     * Numbers terms (the same term, the same number) and turns sets of them into {@link TermSets}.
     * Not thread-safe while it numbers; lookups only once the sets are built.
     */
    static final class Numbering {
        private final Map<String, Integer> numbers = new HashMap<>();

        /** The term's number, or -1 when no set built so far holds it. */
        int numberOf(String term) {
            Integer number = numbers.get(term);
            return number == null ? -1 : number;
        }

        /** The sets, in order, with their terms numbered (new terms get new numbers). */
        TermSets number(List<? extends Collection<String>> sets) {
            int[] start = new int[sets.size() + 1];
            for (int i = 0; i < sets.size(); i++) {
                start[i + 1] = start[i] + sets.get(i).size();
            }
            int[] flat = new int[start[sets.size()]];
            for (int i = 0; i < sets.size(); i++) {
                int at = start[i];
                for (String term : sets.get(i)) {
                    flat[at++] = numbers.computeIfAbsent(term, t -> numbers.size());
                }
                Arrays.sort(flat, start[i], at);
            }
            return new TermSets(start, flat);
        }
    }
}
