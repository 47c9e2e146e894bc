package dev.watchkeeper.core.ticket.report;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import java.time.Instant;

/**
 * Deletes resolved tickets and transcript turns older than the retention period, and audits the
 * purge. Open tickets are never purged. The application calls {@link #purgeExpired} on a
 * schedule; it blocks only as long as the stores do. Thread-safe.
 */
public final class RetentionPurge {
    private final TicketStore tickets;
    private final TranscriptLog transcripts;
    private final AuditLog audit;
    private final TicketSettings settings;

    /**
     * @param tickets where resolved tickets are deleted
     * @param transcripts where old turns are deleted
     * @param audit where each purge that deleted something is recorded
     * @param settings the retention period
     */
    public RetentionPurge(TicketStore tickets, TranscriptLog transcripts, AuditLog audit, TicketSettings settings) {
        this.tickets = tickets;
        this.transcripts = transcripts;
        this.audit = audit;
        this.settings = settings;
    }

    /** What one purge deleted. */
    public record Purged(int tickets, int transcriptTurns) {}

    /** Deletes what expired before {@code now} minus the retention period. */
    public Purged purgeExpired(Instant now) {
        Instant cutoff = now.minus(settings.retention());
        int tickets = 0;
        for (Ticket ticket : this.tickets.withStatus(TicketStatus.RESOLVED)) {
            Instant resolved = ticket.times().resolvedAt();
            if (resolved != null && resolved.isBefore(cutoff)) {
                this.tickets.delete(ticket.id());
                tickets++;
            }
        }
        int turns = transcripts.purgeBefore(cutoff);
        if (tickets > 0 || turns > 0) {
            audit.record(new AuditEntry(
                    now,
                    AuditEntry.SYSTEM,
                    "purge",
                    "retention",
                    "deleted %d ticket(s) and %d transcript turn(s) older than %s".formatted(tickets, turns, cutoff)));
        }
        return new Purged(tickets, turns);
    }
}
