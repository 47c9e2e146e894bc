package dev.watchkeeper.benchmarks.traffic;

import java.util.Random;

/** Counts of independent arrivals at a known mean rate. */
final class Poisson {
    private Poisson() {}

    /** A Poisson-distributed count with the given mean (Knuth's method: means here are small). */
    static int draw(double mean, Random random) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
