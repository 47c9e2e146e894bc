package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The service-level targets of one priority.
 *
 * @param firstResponse the longest a member may wait for an agent's first message
 * @param resolution the longest a ticket may stay open
 */
public record SlaTarget(Duration firstResponse, Duration resolution) {
    public SlaTarget {
        requireNonNull(firstResponse, "firstResponse");
        requireNonNull(resolution, "resolution");
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("need 0 < firstResponse <= resolution: " + this);
        }
    }

    /** The target of this kind. */
    public Duration of(SlaKind kind) {
        return kind == SlaKind.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
