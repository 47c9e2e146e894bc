package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's rating of the help on a resolved ticket.
 *
 * @param score 1 (poor) to 5 (great)
 * @param comment the member's comment, redacted, if they gave one
 * @param commentPending true while the bot waits for an optional comment
 * @param at when the score was given
 */
public record Rating(int score, @Nullable String comment, boolean commentPending, Instant at) {
    public Rating {
        requireNonNull(at, "at");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5: " + score);
        }
    }

    /** This rating with the comment given. */
    public Rating withComment(String text) {
        return new Rating(score, text, false, at);
    }
}
