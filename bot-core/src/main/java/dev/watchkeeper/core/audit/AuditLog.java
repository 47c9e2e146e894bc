package dev.watchkeeper.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * The port where audited actions are appended: data erasure, retention purges, staff actions on
 * tickets. Append-only. Thread-safe; a networked implementation may block for a round trip.
 */
public interface AuditLog {
    /** Appends an entry. */
    void record(AuditEntry entry);

    /** The entries at or after {@code from}, oldest first. */
    List<AuditEntry> since(Instant from);
}
