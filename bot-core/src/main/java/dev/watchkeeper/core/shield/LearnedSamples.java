package dev.watchkeeper.core.shield;

import java.util.List;

/**
 * Port: keeps the samples moderators taught the shield, so that a restarted bot retrains its
 * classifier (and its near-duplicate memory) with them. Texts arrive redacted. Thread-safe; a
 * networked implementation blocks for a round trip.
 */
public interface LearnedSamples {
    /** Keeps one more sample. */
    void add(LearnedSample sample);

    /** Every sample kept, oldest first. */
    List<LearnedSample> all();
}
