package dev.watchkeeper.core.incident.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incident's key moments, for its figures: how long from the first member who wrote about it
 * to the alert, to the incident, to the resolution.
 *
 * @param firstSignalAt when the first member wrote about the spike that led to it, if it came
 *     from an alert
 * @param alertedAt when staff were alerted, if it came from an alert
 * @param openedAt when staff opened it
 * @param updatedAt the latest update
 * @param resolvedAt when it was resolved
 */
public record IncidentTimes(
        @Nullable Instant firstSignalAt,
        @Nullable Instant alertedAt,
        Instant openedAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt) {
    public IncidentTimes {
        requireNonNull(openedAt, "openedAt");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** The times of an incident opened now, after an alert if there was one. */
    public static IncidentTimes opened(@Nullable Instant firstSignalAt, @Nullable Instant alertedAt, Instant now) {
        return new IncidentTimes(firstSignalAt, alertedAt, now, now, null);
    }

    IncidentTimes updated(Instant now) {
        return new IncidentTimes(firstSignalAt, alertedAt, openedAt, now, resolvedAt);
    }

    IncidentTimes resolved(Instant now) {
        return new IncidentTimes(firstSignalAt, alertedAt, openedAt, now, now);
    }
}
