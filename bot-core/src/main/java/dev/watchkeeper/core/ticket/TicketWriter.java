package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.text.ContextExtractor;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Changes tickets through the store's compare-and-set, retrying on conflict, and builds
 * transcript turns that are redacted before they exist.
 */
final class TicketWriter {
    private static final int MAX_ATTEMPTS = 64;

    private final TicketPorts ports;
    private final TicketSettings settings;
    private final ContextExtractor extractor = new ContextExtractor();
    private final TicketEvents events;

    TicketWriter(TicketPorts ports, TicketSettings settings) {
        this.ports = ports;
        this.settings = settings;
        this.events = new TicketEvents(ports.events());
    }

    /** Where stored changes are told as domain events. */
    TicketEvents events() {
        return events;
    }

    /**
     * Applies a change to the latest stored ticket until it sticks. The change may decline (empty)
     * after looking at the latest value; then nothing is written and the result is empty.
     */
    Optional<Ticket> update(TicketId id, Function<Ticket, Optional<Ticket>> change) {
        return update(id, null, change);
    }

    /**
     * As {@link #update(TicketId, Function)}, trying first on a ticket the caller has just read
     * (saving a store read when nobody changed it since; the compare-and-set catches it if someone
     * did).
     */
    private Optional<Ticket> update(TicketId id, @Nullable Ticket known, Function<Ticket, Optional<Ticket>> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Ticket> current = attempt == 0 && known != null
                    ? Optional.of(known)
                    : ports.tickets().find(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<Ticket> next = change.apply(current.get());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Optional<Ticket> stored = ports.tickets().compareAndSet(current.get(), next.get());
            if (stored.isPresent()) {
                return stored;
            }
        }
        throw new IllegalStateException("ticket " + id + " kept changing; gave up after " + MAX_ATTEMPTS + " tries");
    }

    /** Applies a change that always applies. */
    Optional<Ticket> always(TicketId id, UnaryOperator<Ticket> change) {
        return update(id, t -> Optional.of(change.apply(t)));
    }

    /** Appends a turn with redacted text; member turns add to the ticket's context. */
    Optional<Ticket> append(TicketId id, Turn.Speaker speaker, String text, Instant at) {
        return append(id, speaker, text, at, UnaryOperator.identity());
    }

    /** Appends a turn to a ticket just read (see {@link #update(TicketId, Ticket, Function)}). */
    Optional<Ticket> append(Ticket known, Turn.Speaker speaker, String text, Instant at) {
        return append(known.id(), known, speaker, text, at, UnaryOperator.identity());
    }

    /** Appends a turn and applies a further change in the same write. */
    Optional<Ticket> append(TicketId id, Turn.Speaker speaker, String text, Instant at, UnaryOperator<Ticket> also) {
        return append(id, null, speaker, text, at, also);
    }

    private Optional<Ticket> append(
            TicketId id,
            @Nullable Ticket known,
            Turn.Speaker speaker,
            String text,
            Instant at,
            UnaryOperator<Ticket> also) {
        Turn turn = turn(speaker, text, null, at);
        TicketContext found = speaker == Turn.Speaker.MEMBER ? extractor.extract(turn.text()) : TicketContext.empty();
        return update(id, known, t -> Optional.of(also.apply(t.withTurn(turn, found, settings.maxTicketTurns()))));
    }

    Turn turn(Turn.Speaker speaker, String text, @Nullable String entryId, Instant at) {
        return new Turn(speaker, redact(text), entryId, at);
    }

    String redact(String text) {
        return ports.redactor().redact(text);
    }

    TicketContext extract(String redactedText) {
        return extractor.extract(redactedText);
    }

    void audit(Instant at, @Nullable UserRef actor, String action, String subject, String detail) {
        String who = actor == null ? AuditEntry.SYSTEM : AccountId.of(actor).toString();
        ports.audit().record(new AuditEntry(at, who, action, subject, detail));
    }
}
