package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.TicketId;
import java.util.List;
import java.util.Optional;

/**
 * The port where tickets live, indexed by member, status, assignee and staff space.
 * Implementations are thread-safe; each method is atomic on its own. A networked implementation
 * may block for a round trip, and throws {@link dev.watchkeeper.core.store.StoreUnavailableException}
 * from any method while its store is away (the desk decides where "no ticket known" is safe);
 * callers hold no locks across calls.
 *
 * <p>Writes are optimistic: read a ticket, build the changed value, and
 * {@link #compareAndSet(Ticket, Ticket) compare-and-set} it. Of two agents claiming at once, one
 * write wins and the other re-reads a claimed ticket.
 */
public interface TicketStore {
    /**
     * Stores a new ticket unless its member already has an open one. Returns the member's open
     * ticket: the existing one, or the candidate as stored (version 1). Atomic, so a member never
     * ends up with two open tickets.
     */
    Ticket openOrGet(Ticket candidate);

    /** The ticket with this id, if stored. */
    Optional<Ticket> find(TicketId id);

    /**
     * Replaces {@code current} with {@code next} if the stored ticket still has
     * {@code current.version()}. Returns the stored value (with the next version) on success,
     * empty when the ticket changed or vanished meanwhile.
     */
    Optional<Ticket> compareAndSet(Ticket current, Ticket next);

    /** The member's open ticket, if any. */
    Optional<Ticket> openTicketOf(AccountId member);

    /** Every ticket of the member, open or resolved, oldest first. */
    List<Ticket> ticketsOf(AccountId member);

    /** The tickets in this status, oldest first. */
    List<Ticket> withStatus(TicketStatus status);

    /**
     * The lines of the tickets in this status, oldest first: {@link #withStatus} without the
     * conversations, for lists of many tickets. A store that keeps each ticket's line beside it
     * reads only the lines.
     */
    default List<TicketLine> linesWithStatus(TicketStatus status) {
        return withStatus(status).stream().map(TicketLine::of).toList();
    }

    /** The open tickets this agent owns, oldest first. */
    List<Ticket> assignedTo(AccountId agent);

    /** The ticket whose staff space is this thread, if any. */
    Optional<Ticket> inSpace(StaffSpace space);

    /** Deletes a ticket. Does nothing if there is none. */
    void delete(TicketId id);
}
