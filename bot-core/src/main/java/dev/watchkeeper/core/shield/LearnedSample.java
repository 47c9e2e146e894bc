package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

/**
 * A text a moderator labelled: a confirmed scam or a dismissed flag.
 *
 * @param text the message, secrets already redacted
 * @param scam true for a confirmed scam, false for a legitimate message
 */
public record LearnedSample(String text, boolean scam) {
    public LearnedSample {
        requireNonNull(text, "text");
    }
}
