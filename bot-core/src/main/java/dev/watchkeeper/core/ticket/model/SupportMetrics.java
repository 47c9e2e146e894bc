package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.Platform;
import java.time.Duration;

/**
 * The port the desk reports support figures to; the application implements it with Micrometer.
 * Deflection rate is {@code botAnswered / (botAnswered + ticketOpened)}; the open backlog is a
 * gauge the application reads from the {@link TicketStore}. Calls are made on the thread that
 * handles the event; implementations must be thread-safe and must not block.
 */
public interface SupportMetrics {
    /** Does nothing: for tests and deployments without metrics. */
    SupportMetrics NONE = new SupportMetrics() {};

    /** The bot answered a question from the knowledge base, without a ticket. */
    default void botAnswered(Platform platform) {}

    /** A ticket was opened. */
    default void ticketOpened(Category category, Priority priority, Platform platform) {}

    /** An agent first wrote to the member this long after the ticket opened. */
    default void firstResponse(Priority priority, Duration sinceOpened) {}

    /** A ticket was resolved this long after it opened. */
    default void ticketResolved(Category category, Priority priority, Duration sinceOpened) {}

    /** A member rated a resolved ticket. */
    default void rated(int score) {}

    /** A ticket missed an SLA target. */
    default void slaBreached(Priority priority, SlaKind kind) {}
}
