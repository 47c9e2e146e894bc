package dev.watchkeeper.core.moderation.wave;

import java.time.Duration;

/**
 * When flagged messages make a scam wave, and what a wave changes.
 *
 * @param enabled false: no wave is looked for, nobody is alerted, nothing gets stricter
 * @param minMessages how many near-duplicate flagged messages (from at least two authors or
 *     chats) within the window make a burst
 * @param window how close together the messages of a wave are; also how long a wave must be quiet
 *     before it can alert again
 * @param similarity the Jaccard similarity of two texts' word pairs from which they are near
 *     duplicates, in (0, 1]
 * @param strictFor how long after a wave's last message a new member's suspicious message is acted
 *     on as a scam; zero: alerts only
 */
public record WaveSettings(boolean enabled, int minMessages, Duration window, double similarity, Duration strictFor) {
    /** Above this a burst could not be counted within {@link ScamWaves}' memory of one burst. */
    public static final int MOST_MESSAGES = 1_000;

    public WaveSettings {
        if (minMessages < 2 || minMessages > MOST_MESSAGES) {
            throw new IllegalArgumentException(
                    "minMessages must be from 2 to " + MOST_MESSAGES + " (found " + minMessages + ")");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive (found " + window + ")");
        }
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be above 0 and at most 1 (found " + similarity + ")");
        }
        if (strictFor.isNegative()) {
            throw new IllegalArgumentException("strictFor must not be negative (found " + strictFor + ")");
        }
    }

    /** Five near duplicates or one new domain in two chats within 10 minutes; strict for 30 minutes. */
    public static WaveSettings defaults() {
        return new WaveSettings(true, 5, Duration.ofMinutes(10), 0.5, Duration.ofMinutes(30));
    }

    /** No waves. */
    public static WaveSettings off() {
        WaveSettings d = defaults();
        return new WaveSettings(false, d.minMessages, d.window, d.similarity, d.strictFor);
    }
}
