package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.text.ContextExtractor;
import dev.watchkeeper.core.ticket.text.Redactor;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Changes tickets through the store's compare-and-set ({@link TicketUpdates}), builds transcript
 * turns that are redacted before they exist, and audits.
 */
public final class TicketWriter {
    private final TicketUpdates updates;
    private final AuditLog audit;
    private final Redactor redactor;
    private final TicketSettings settings;
    private final ContextExtractor extractor = new ContextExtractor();
    private final TicketEvents events;

    /**
     * @param tickets where the tickets changed live
     * @param audit where {@link #audit} records
     * @param redactor removes secrets from turns before they exist
     * @param events where stored changes are told
     */
    public TicketWriter(
            TicketStore tickets, AuditLog audit, Redactor redactor, DomainEvents events, TicketSettings settings) {
        this.updates = new TicketUpdates(tickets);
        this.audit = audit;
        this.redactor = redactor;
        this.settings = settings;
        this.events = new TicketEvents(events);
    }

    /** Where stored changes are told as domain events. */
    public TicketEvents events() {
        return events;
    }

    /** As {@link TicketUpdates#update(TicketId, Function)}. */
    public Optional<Ticket> update(TicketId id, Function<Ticket, Optional<Ticket>> change) {
        return updates.update(id, change);
    }

    /** Applies a change that always applies. */
    public Optional<Ticket> always(TicketId id, UnaryOperator<Ticket> change) {
        return updates.always(id, change);
    }

    /** Appends a turn with redacted text; member turns add to the ticket's context. */
    public Optional<Ticket> append(TicketId id, Turn.Speaker speaker, String text, Instant at) {
        return append(id, speaker, text, at, UnaryOperator.identity());
    }

    /** Appends a turn to a ticket just read (see {@link TicketUpdates#update(TicketId, Ticket, Function)}). */
    public Optional<Ticket> append(Ticket known, Turn.Speaker speaker, String text, Instant at) {
        return append(known.id(), known, speaker, text, at, UnaryOperator.identity());
    }

    /** Appends a turn and applies a further change in the same write. */
    public Optional<Ticket> append(
            TicketId id, Turn.Speaker speaker, String text, Instant at, UnaryOperator<Ticket> also) {
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
        return updates.update(
                id, known, t -> Optional.of(also.apply(t.withTurn(turn, found, settings.maxTicketTurns()))));
    }

    public Turn turn(Turn.Speaker speaker, String text, @Nullable String entryId, Instant at) {
        return new Turn(speaker, redact(text), entryId, at);
    }

    public String redact(String text) {
        return redactor.redact(text);
    }

    public TicketContext extract(String redactedText) {
        return extractor.extract(redactedText);
    }

    public void audit(Instant at, @Nullable UserRef actor, String action, String subject, String detail) {
        String who = actor == null ? AuditEntry.SYSTEM : AccountId.of(actor).toString();
        audit.record(new AuditEntry(at, who, action, subject, detail));
    }
}
