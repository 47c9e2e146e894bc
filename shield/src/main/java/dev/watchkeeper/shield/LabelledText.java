package dev.watchkeeper.shield;

import static java.util.Objects.requireNonNull;

/**
 * One training sample for the classifier.
 *
 * @param text the message as posted
 * @param scam true for scam or spam, false for a normal message
 */
public record LabelledText(String text, boolean scam) {
    public LabelledText {
        requireNonNull(text, "text");
    }
}
