package dev.watchkeeper.core.ticket.model;

/** Where a ticket is in its life. Every status but {@link #RESOLVED} counts as open. */
public enum TicketStatus {
    /** Waiting for an agent to claim it. */
    OPEN,
    /** An agent owns it; the bot relays instead of answering. */
    CLAIMED,
    /** The bot cannot reach the member privately, or the agent waits for the member's reply. */
    WAITING_ON_MEMBER,
    /** Closed with a resolution note. */
    RESOLVED;

    /** True for every status but resolved. */
    public boolean isOpen() {
        return this != RESOLVED;
    }
}
