package dev.watchkeeper.benchmarks.traffic;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The incident rule, as the benchmarks check it against the generator's own topic labels, counted
 * as the core's topic signals count it: by whole minutes, a topic spikes when the {@code window}
 * minutes up to a message's minute hold at least {@code members} distinct members and at least
 * {@code factor} times the topic's normal count, its member-minutes over the {@code baseline}
 * before the window scaled to one window, taken as never less than {@code minBaseline}.
 *
 * @param window how long a window is, in whole minutes
 * @param members the fewest distinct members in a window that can be a spike
 * @param factor how many times the normal count a spike is
 * @param baseline how far back the normal count looks, in whole minutes
 * @param minBaseline the least normal count per window a topic is taken to have
 */
public record SpikeRule(Duration window, int members, double factor, Duration baseline, double minBaseline) {
    public SpikeRule {
        requireNonNull(window, "window");
        requireNonNull(baseline, "baseline");
        if (window.toMinutes() < 1 || baseline.compareTo(window) < 0) {
            throw new IllegalArgumentException(
                    "a spike rule needs a window of a minute or more and a baseline at least as long");
        }
        if (members < 1 || factor < 1 || !(minBaseline > 0)) {
            throw new IllegalArgumentException(
                    "a spike rule needs at least 1 member, a factor of 1 or more and a minimum baseline above 0");
        }
    }

    /**
     * The defaults of issue #17 and of the core's signal settings: 10 distinct members within 10
     * minutes and 5 times the normal count over the 6 hours before, which is never taken as less
     * than 1.
     */
    public static SpikeRule defaults() {
        return new SpikeRule(Duration.ofMinutes(10), 10, 5.0, Duration.ofHours(6), 1.0);
    }
}
