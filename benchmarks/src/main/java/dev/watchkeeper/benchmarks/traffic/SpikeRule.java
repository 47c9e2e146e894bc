package dev.watchkeeper.benchmarks.traffic;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The incident rule, as the benchmarks check it against the generator's own topic labels: a topic
 * spikes when, within one {@code window}, at least {@code members} distinct members write about it
 * and they are at least {@code factor} times its baseline, the mean number of distinct members per
 * window over the {@code baseline} before that window.
 *
 * @param window how long a window is
 * @param members the fewest distinct members in a window that can be a spike
 * @param factor how many times the baseline a spike is
 * @param baseline how far back the baseline looks
 */
public record SpikeRule(Duration window, int members, double factor, Duration baseline) {
    public SpikeRule {
        requireNonNull(window, "window");
        requireNonNull(baseline, "baseline");
        if (window.isNegative() || window.isZero() || baseline.compareTo(window) < 0) {
            throw new IllegalArgumentException(
                    "a spike rule needs a window above zero and a baseline at least as long");
        }
        if (members < 1 || factor < 1) {
            throw new IllegalArgumentException("a spike rule needs at least 1 member and a factor of 1 or more");
        }
    }

    /**
     * The rule of issue #17's defaults: 10 distinct members within 10 minutes and 5 times the
     * baseline, the baseline over the two hours before.
     */
    public static SpikeRule defaults() {
        return new SpikeRule(Duration.ofMinutes(10), 10, 5.0, Duration.ofHours(2));
    }
}
