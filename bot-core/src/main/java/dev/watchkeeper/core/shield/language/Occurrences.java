package dev.watchkeeper.core.shield.language;

import java.util.Arrays;

/**
 * The occurrences a {@link TriggerIndex} found in one text: for each, its group, where it starts
 * and its length. Once sorted, a group's occurrences are one run, in order of their start. Used by
 * one thread for one text.
 */
final class Occurrences {
    private static final int GROUP_SHIFT = 40;
    private static final int START_SHIFT = 8;
    private static final long START_MASK = (1L << (GROUP_SHIFT - START_SHIFT)) - 1;
    private static final int LENGTH_MASK = (1 << START_SHIFT) - 1;

    // group << 40 | start << 8 | length: sorting the numbers sorts by group, then start
    private long[] packed = new long[16];
    private int size;

    void add(int group, int start, int length) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = (long) group << GROUP_SHIFT | (long) start << START_SHIFT | length;
    }

    void sort() {
        Arrays.sort(packed, 0, size);
    }

    int size() {
        return size;
    }

    int group(int i) {
        return (int) (packed[i] >>> GROUP_SHIFT);
    }

    int start(int i) {
        return (int) (packed[i] >>> START_SHIFT & START_MASK);
    }

    int end(int i) {
        return start(i) + (int) (packed[i] & LENGTH_MASK);
    }

    /** Where the run of a group's occurrences ends: the first index past {@code from} of another group. */
    int runEnd(int from) {
        int group = group(from);
        int to = from + 1;
        while (to < size && group(to) == group) {
            to++;
        }
        return to;
    }
}
