package dev.watchkeeper.benchmarks.traffic;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A spike of one incident topic: {@code size} distinct members first write about it between
 * {@code start} and {@code start + ramp}, more and more of them as the ramp goes on (the rate
 * rises linearly from nothing to its peak at the end of the ramp); about a third write again a few
 * minutes later.
 *
 * @param topic the incident topic's name
 * @param start when the first member writes
 * @param ramp how long it takes all of them to have written once
 * @param size how many distinct members write
 */
public record Spike(String topic, Instant start, Duration ramp, int size) {
    public Spike {
        requireNonNull(topic, "topic");
        requireNonNull(start, "start");
        requireNonNull(ramp, "ramp");
        if (ramp.isNegative() || ramp.isZero()) {
            throw new IllegalArgumentException("a spike's ramp must be longer than zero, was " + ramp);
        }
        if (size < 1) {
            throw new IllegalArgumentException("a spike needs at least one member, was " + size);
        }
    }

    /** When the last member's first message comes. */
    public Instant rampEnd() {
        return start.plus(ramp);
    }
}
