package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.audit.AuditEntry;
import java.time.Instant;

/**
 * Deletes resolved tickets and transcript turns older than the retention period, and audits the
 * purge. Open tickets are never purged. The application calls {@link #purgeExpired} on a
 * schedule; it blocks only as long as the stores do. Thread-safe.
 */
public final class RetentionPurge {
    private final TicketPorts ports;
    private final TicketSettings settings;

    public RetentionPurge(TicketPorts ports, TicketSettings settings) {
        this.ports = ports;
        this.settings = settings;
    }

    /** What one purge deleted. */
    public record Purged(int tickets, int transcriptTurns) {}

    /** Deletes what expired before {@code now} minus the retention period. */
    public Purged purgeExpired(Instant now) {
        Instant cutoff = now.minus(settings.retention());
        int tickets = 0;
        for (Ticket ticket : ports.tickets().withStatus(TicketStatus.RESOLVED)) {
            Instant resolved = ticket.times().resolvedAt();
            if (resolved != null && resolved.isBefore(cutoff)) {
                ports.tickets().delete(ticket.id());
                tickets++;
            }
        }
        int turns = ports.transcripts().purgeBefore(cutoff);
        if (tickets > 0 || turns > 0) {
            ports.audit()
                    .record(new AuditEntry(
                            now,
                            AuditEntry.SYSTEM,
                            "purge",
                            "retention",
                            "deleted %d ticket(s) and %d transcript turn(s) older than %s"
                                    .formatted(tickets, turns, cutoff)));
        }
        return new Purged(tickets, turns);
    }
}
