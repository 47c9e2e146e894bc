package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

/**
 * One labelled evaluation message.
 *
 * @param text the message
 * @param scam true when a moderator would remove it
 */
public record ScamCase(String text, boolean scam) {
    public ScamCase {
        requireNonNull(text, "text");
    }
}
