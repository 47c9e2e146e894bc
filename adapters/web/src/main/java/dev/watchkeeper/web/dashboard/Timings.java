package dev.watchkeeper.web.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The median and 90th percentile of some durations.
 *
 * @param count how many durations
 * @param median their median, null when there are none
 * @param p90 their 90th percentile, null when there are none
 */
public record Timings(int count, @Nullable Duration median, @Nullable Duration p90) {
    /** No durations. */
    public static final Timings NONE = new Timings(0, null, null);

    /** The timings of these durations, in any order. */
    public static Timings of(List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        return new Timings(sorted.size(), Percentiles.of(sorted, 0.5), Percentiles.of(sorted, 0.9));
    }
}
