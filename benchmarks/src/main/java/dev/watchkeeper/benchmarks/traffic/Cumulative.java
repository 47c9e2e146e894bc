package dev.watchkeeper.benchmarks.traffic;

import java.util.Arrays;
import java.util.Random;

/** A weighted draw over running totals of weights ({@code totals[i]} is the sum of weights 0 to i). */
final class Cumulative {
    private Cumulative() {}

    /** An index drawn with chance proportional to its weight. */
    static int draw(double[] totals, Random random) {
        double at = random.nextDouble() * totals[totals.length - 1];
        int index = Arrays.binarySearch(totals, at);
        // an exact hit on a running total belongs to the next weight, whose range starts there
        return index >= 0 ? Math.min(index + 1, totals.length - 1) : -index - 1;
    }
}
