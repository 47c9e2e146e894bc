package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;

/**
 * What incident mode needs of the ticket desk for the tickets it holds: whether an agent took one,
 * and closing the ones nobody took when the incident is resolved. Thread-safe; blocks only as long
 * as the ticket store does.
 */
public interface HeldTickets {
    /** True when an agent owns the open ticket. */
    boolean claimed(TicketId ticket);

    /**
     * Closes an open ticket nobody claimed, with {@code note} as its resolution, telling no one
     * (the incident's resolution message is the member's one message).
     *
     * @return true when this call closed it
     */
    boolean closeHeld(TicketId ticket, UserRef by, String note);
}
