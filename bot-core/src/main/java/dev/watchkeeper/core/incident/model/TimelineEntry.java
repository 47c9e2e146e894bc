package dev.watchkeeper.core.incident.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an incident's timeline: what happened, when, and who did it.
 *
 * @param at when
 * @param kind what happened
 * @param actor who did it (platform and account id, shown name), or null for the bot
 * @param text the detail (a status message, a title, a count), already free of personal data
 */
public record TimelineEntry(Instant at, Kind kind, @Nullable String actor, String text) {
    public TimelineEntry {
        requireNonNull(at, "at");
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
    }

    /** What a timeline entry records. */
    public enum Kind {
        ALERTED,
        OPENED,
        UPDATED,
        TRANSLATED,
        LINKED,
        ANNOUNCED,
        RESOLVED
    }
}
