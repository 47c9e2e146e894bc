package dev.watchkeeper.core.ticket.model;

/** The two service-level targets every ticket has. */
public enum SlaKind {
    /** Time from opening to an agent's first message to the member. */
    FIRST_RESPONSE,
    /** Time from opening to resolution. */
    RESOLUTION
}
