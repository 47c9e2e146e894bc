package dev.watchkeeper.web.dashboard;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Percentiles of durations by the nearest-rank method, as {@code /stats} computes them. Pure. */
final class Percentiles {
    private Percentiles() {}

    /**
     * The value at or below which {@code quantile} of the sorted durations lie: the smallest value
     * whose rank is at least {@code quantile × n}; null for none.
     */
    static @Nullable Duration of(List<Duration> sorted, double quantile) {
        if (quantile <= 0 || quantile > 1) {
            throw new IllegalArgumentException("quantile must be in (0,1]: " + quantile);
        }
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
