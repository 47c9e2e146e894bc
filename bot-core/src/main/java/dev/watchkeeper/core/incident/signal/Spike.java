package dev.watchkeeper.core.incident.signal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A topic that crossed its spike threshold.
 *
 * @param topic the topic: a knowledge-base entry id, or a group of similar messages
 * @param window what its signal holds for the window that crossed the threshold
 * @param normal the topic's normal count of members per window
 * @param firstSignalAt the start of the first minute of the window anyone wrote about it
 * @param at when it crossed
 */
public record Spike(String topic, SignalWindow window, double normal, Instant firstSignalAt, Instant at) {
    public Spike {
        requireNonNull(topic, "topic");
        requireNonNull(window, "window");
        requireNonNull(firstSignalAt, "firstSignalAt");
        requireNonNull(at, "at");
    }
}
