package dev.watchkeeper.core.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Restores a backup's records into a store one by one, idempotently: tickets, cases, incidents and
 * conversations replace those with the same id, vote counts replace counts, and an audit entry
 * equal to a stored one is not added again (the first audit entry restored reads the stored ones
 * once). When all are in, {@link #finish()} moves the store's ticket and case numbers past the
 * greatest restored ones. Blocks as long as the store does; one restore per instance, one thread.
 */
public final class BackupRestore {
    private final BackupStore store;
    private @Nullable Set<AuditEntry> auditKnown;
    private BackupCounts counts = BackupCounts.NONE;
    private long lastTicket;
    private long lastCase;

    public BackupRestore(BackupStore store) {
        this.store = store;
    }

    /** Writes one record. */
    public void add(BackupRecord record) {
        switch (record) {
            case BackupRecord.TicketRecord r -> {
                store.restoreTicket(r.ticket());
                lastTicket = Math.max(lastTicket, r.ticket().id().number());
            }
            case BackupRecord.TranscriptRecord r -> store.restoreTranscript(r.conversation(), r.turns());
            case BackupRecord.CaseRecord r -> {
                store.restoreCase(r.moderationCase());
                lastCase = Math.max(lastCase, r.moderationCase().id().number());
            }
            case BackupRecord.AuditRecord r -> append(r.entry());
            case BackupRecord.VotesRecord r -> store.restoreVotes(r.counts());
            case BackupRecord.IncidentRecord r -> store.restoreIncident(r);
        }
        counts = counts.plus(record);
    }

    /** Advances the sequences past every id restored and returns what was restored. */
    public BackupCounts finish() {
        store.finishRestore(lastTicket, lastCase);
        return counts;
    }

    private void append(AuditEntry entry) {
        if (auditKnown == null) {
            Set<AuditEntry> known = new HashSet<>();
            store.auditEntries(known::add);
            auditKnown = known;
        }
        if (auditKnown.add(entry)) {
            store.appendAuditEntry(entry);
        }
    }
}
