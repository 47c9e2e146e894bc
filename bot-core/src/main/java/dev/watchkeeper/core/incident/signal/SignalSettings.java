package dev.watchkeeper.core.incident.signal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a topic spikes: at least {@code minMembers} distinct members within {@code window}, and at
 * least {@code factor} times the topic's normal count for such a window, measured over the
 * {@code baseline} before it (never taken as less than {@code minBaseline} members, so that a
 * quiet topic needs a real crowd). One alert per topic per {@code cooldown}.
 *
 * @param window the sliding window, in whole minutes
 * @param baseline how far back the topic's normal rate is measured, in whole minutes
 * @param factor how many times the normal count a spike is
 * @param minMembers the fewest distinct members a spike has
 * @param minBaseline the least normal count per window a topic is taken to have
 * @param cooldown how long after an alert the same topic stays quiet
 * @param examples how many redacted examples an alert shows
 * @param learnFor how long a signal store that starts from nothing only learns normal rates
 *     before it alerts (so that a busy community's ordinary topics do not all alert at once after
 *     a fresh install); zero alerts at once
 */
public record SignalSettings(
        Duration window,
        Duration baseline,
        double factor,
        int minMembers,
        double minBaseline,
        Duration cooldown,
        int examples,
        Duration learnFor) {
    public SignalSettings {
        requireNonNull(learnFor, "learnFor");
        if (learnFor.isNegative()) {
            throw new IllegalArgumentException("learn-for must not be negative: " + learnFor);
        }
        requireNonNull(window, "window");
        requireNonNull(baseline, "baseline");
        requireNonNull(cooldown, "cooldown");
        if (window.toMinutes() < 1 || window.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("signal window must be whole minutes, at least 1: " + window);
        }
        if (baseline.toMinutes() < window.toMinutes() || baseline.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException(
                    "signal baseline must be whole minutes, at least the window: " + baseline);
        }
        if (!(factor >= 1.0)) {
            throw new IllegalArgumentException("spike factor must be at least 1: " + factor);
        }
        if (minMembers < 2) {
            throw new IllegalArgumentException("a spike needs at least 2 members: " + minMembers);
        }
        if (!(minBaseline > 0.0)) {
            throw new IllegalArgumentException("minimum baseline must be above 0: " + minBaseline);
        }
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("alert cooldown must not be negative: " + cooldown);
        }
        if (examples < 0 || examples > 10) {
            throw new IllegalArgumentException("examples must be 0 to 10: " + examples);
        }
    }

    /** As above, alerting from the first message on (no learning period). */
    public SignalSettings(
            Duration window,
            Duration baseline,
            double factor,
            int minMembers,
            double minBaseline,
            Duration cooldown,
            int examples) {
        this(window, baseline, factor, minMembers, minBaseline, cooldown, examples, Duration.ZERO);
    }

    /**
     * 5 times the normal rate and at least 10 members within 10 minutes, against the 6 hours
     * before; one alert an hour; a new store learns for 10 minutes first.
     */
    public static SignalSettings defaults() {
        return new SignalSettings(
                Duration.ofMinutes(10),
                Duration.ofHours(6),
                5.0,
                10,
                1.0,
                Duration.ofHours(1),
                3,
                Duration.ofMinutes(10));
    }

    /** These settings with another learning period. */
    public SignalSettings learningFor(Duration period) {
        return new SignalSettings(window, baseline, factor, minMembers, minBaseline, cooldown, examples, period);
    }

    long windowMinutes() {
        return window.toMinutes();
    }

    long baselineMinutes() {
        return baseline.toMinutes();
    }

    /** How much history a signal store keeps: the baseline and the window. */
    public Duration retention() {
        return baseline.plus(window);
    }
}
