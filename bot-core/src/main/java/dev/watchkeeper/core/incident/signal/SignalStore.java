package dev.watchkeeper.core.incident.signal;

import java.time.Instant;

/**
 * Port: counts of members writing about each topic, per minute, shared by every instance of the
 * bot (in Redis in production, so that members spread over instances, platforms and communities
 * count together; in memory for the demo). Minutes are whole minutes since the epoch. An
 * implementation keeps at least {@link SignalSettings#retention()} of history and may forget
 * older minutes. Thread-safe; a networked one blocks for a round trip and throws {@link
 * dev.watchkeeper.core.store.StoreUnavailableException} while the store is away.
 */
public interface SignalStore {
    /** Records that {@code member} wrote about {@code topic} during {@code minute}. */
    void record(String topic, long minute, String member, SignalSample sample);

    /**
     * Records that {@code member} wrote about each of {@code topics} during {@code minute} (an
     * entry and its subjects): what {@link #record} does for each, which a networked store may send
     * together, so that the message costs one round trip however many topics it counts on.
     */
    default void recordAll(java.util.List<String> topics, long minute, String member, SignalSample sample) {
        for (String topic : topics) {
            record(topic, minute, member, sample);
        }
    }

    /** The distinct members who wrote about {@code topic} in the minutes {@code from} to {@code to}, both included. */
    int distinctMembers(String topic, long from, long to);

    /**
     * The sum over the minutes {@code from} to {@code to} (both included) of each minute's distinct
     * members: the topic's volume, for its normal rate.
     */
    long memberMinutes(String topic, long from, long to);

    /** What the topic's signal holds for the minutes {@code from} to {@code to}, with at most {@code examples} examples. */
    SignalWindow window(String topic, long from, long to, int examples);

    /**
     * The minute of the first message this store counted, on any topic, while it keeps counting
     * (a store idle for longer than its retention starts again): how much history the normal
     * rates can be measured over. Empty before the first message.
     */
    java.util.OptionalLong since();

    /**
     * Claims the alert for a topic: true when no alert was claimed for it since {@code until} of
     * the previous claim passed, so that one spike alerts once across instances.
     */
    boolean claimAlert(String topic, Instant now, Instant until);
}
