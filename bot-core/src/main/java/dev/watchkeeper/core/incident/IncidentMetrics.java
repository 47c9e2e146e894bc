package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Port: where incident mode reports its figures (Prometheus in production). Implementations are
 * thread-safe and never block.
 */
public interface IncidentMetrics {
    /** Reports nothing. */
    IncidentMetrics NONE = new IncidentMetrics() {};

    /** Staff were alerted about a spike, {@code sinceFirstMessage} after its first member wrote. */
    default void alerted(Duration sinceFirstMessage) {}

    /** An incident was opened; {@code sinceFirstMessage} is null when no alert led to it. */
    default void opened(@Nullable Duration sinceFirstMessage) {}

    /** A member's question was answered with an incident's status. */
    default void statusAnswered(Platform platform, String language) {}

    /** A member's new ticket was held with an incident instead of queued. */
    default void ticketLinked(Platform platform) {}

    /**
     * An incident was resolved, {@code sinceOpened} after it was opened and {@code
     * sinceFirstMessage} after its first member wrote (null when no alert led to it).
     */
    default void resolved(Duration sinceOpened, @Nullable Duration sinceFirstMessage, int membersTold) {}
}
