package dev.watchkeeper.core.ticket.model;

/**
 * The port that numbers tickets: each call returns a number never returned before, across
 * processes for a shared implementation (Redis {@code INCR}). Thread-safe; a networked
 * implementation blocks for one round trip.
 */
@FunctionalInterface
public interface TicketSequence {
    /** The next ticket number. */
    long next();
}
