package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a transcript. The text is always redacted of secrets before a turn is built.
 *
 * @param speaker who said it
 * @param text what was said, redacted
 * @param entryId the knowledge-base entry the bot answered with, if any
 * @param at when
 */
public record Turn(Speaker speaker, String text, @Nullable String entryId, Instant at) {
    public Turn {
        requireNonNull(speaker, "speaker");
        requireNonNull(text, "text");
        requireNonNull(at, "at");
    }

    /** Who a turn is from. */
    public enum Speaker {
        MEMBER,
        BOT,
        AGENT,
        /** An agent's internal note: never shown to the member. */
        NOTE,
        /** A status change: opened, claimed, closed. */
        SYSTEM
    }
}
