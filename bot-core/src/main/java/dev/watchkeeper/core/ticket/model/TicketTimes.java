package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's timestamps.
 *
 * @param openedAt when it was opened
 * @param firstResponseAt when an agent first wrote to the member, if yet
 * @param resolvedAt when it was resolved, if it is
 * @param updatedAt when it last changed
 */
public record TicketTimes(
        Instant openedAt, @Nullable Instant firstResponseAt, @Nullable Instant resolvedAt, Instant updatedAt) {
    public TicketTimes {
        requireNonNull(openedAt, "openedAt");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** The times of a ticket opened now. */
    public static TicketTimes openedAt(Instant now) {
        return new TicketTimes(now, null, null, now);
    }

    TicketTimes touched(Instant now) {
        return new TicketTimes(openedAt, firstResponseAt, resolvedAt, now);
    }

    TicketTimes responded(Instant now) {
        return new TicketTimes(openedAt, firstResponseAt == null ? now : firstResponseAt, resolvedAt, now);
    }

    TicketTimes resolved(Instant now) {
        return new TicketTimes(openedAt, firstResponseAt, now, now);
    }
}
