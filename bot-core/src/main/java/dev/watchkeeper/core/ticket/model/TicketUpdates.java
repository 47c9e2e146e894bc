package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.TicketId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Changes tickets through the store's compare-and-set, retrying on conflict. Thread-safe; blocks
 * only as long as the store does.
 */
public final class TicketUpdates {
    private static final int MAX_ATTEMPTS = 64;

    private final TicketStore tickets;

    public TicketUpdates(TicketStore tickets) {
        this.tickets = tickets;
    }

    /**
     * Applies a change to the latest stored ticket until it sticks. The change may decline (empty)
     * after looking at the latest value; then nothing is written and the result is empty.
     */
    public Optional<Ticket> update(TicketId id, Function<Ticket, Optional<Ticket>> change) {
        return update(id, null, change);
    }

    /**
     * As {@link #update(TicketId, Function)}, trying first on a ticket the caller has just read
     * (saving a store read when nobody changed it since; the compare-and-set catches it if someone
     * did).
     */
    public Optional<Ticket> update(TicketId id, @Nullable Ticket known, Function<Ticket, Optional<Ticket>> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Ticket> current = attempt == 0 && known != null ? Optional.of(known) : tickets.find(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<Ticket> next = change.apply(current.get());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Optional<Ticket> stored = tickets.compareAndSet(current.get(), next.get());
            if (stored.isPresent()) {
                return stored;
            }
        }
        throw new IllegalStateException("ticket " + id + " kept changing; gave up after " + MAX_ATTEMPTS + " tries");
    }

    /** Applies a change that always applies. */
    public Optional<Ticket> always(TicketId id, UnaryOperator<Ticket> change) {
        return update(id, t -> Optional.of(change.apply(t)));
    }
}
