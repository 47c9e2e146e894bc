package dev.watchkeeper.core.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the stores of tickets, transcripts, moderation cases, the audit log, answer votes and
 * incidents, read
 * out whole and written back value by value, for backups and for moving between stores. Restore a
 * backup with {@link BackupRestore}, which keeps audit entries from being added twice and moves the
 * sequences past the restored ids.
 *
 * <p>Implementations read a networked store page by page (never every record at once) and block
 * for its round trips; they throw {@link dev.watchkeeper.core.store.StoreUnavailableException}
 * when it does not answer. A networked implementation may send restored values in batches, so a
 * restore has happened when {@link #finishRestore} returns. Meant for a store nothing else
 * writes to meanwhile (a backup taken while the bot runs may miss what changes during it). Not for
 * concurrent use by several threads.
 */
public interface BackupStore {
    /**
     * Hands every record to {@code sink}: tickets, transcripts, cases, audit entries, incidents, then
     * the vote counts (one record, also when there are no votes).
     */
    void exportTo(Consumer<? super BackupRecord> sink);

    /** Hands every audit entry to {@code sink}, oldest first as far as the store knows. */
    void auditEntries(Consumer<? super AuditEntry> sink);

    /** Stores a ticket as it is, version included, replacing one with the same id and its indexes. */
    void restoreTicket(Ticket ticket);

    /** Replaces a conversation's turns in the transcript log with these. */
    void restoreTranscript(ConversationKey conversation, List<Turn> turns);

    /** Stores a case as it is, replacing one with the same id. */
    void restoreCase(ModerationCase moderationCase);

    /** Appends an audit entry (whether an equal one is stored is the caller's business). */
    void appendAuditEntry(AuditEntry entry);

    /**
     * Sets vote counts: each entry's and platform's counts become these, so that restoring the same
     * counts twice counts nothing twice; the earliest vote becomes the earlier of both.
     */
    void restoreVotes(VoteCounts counts);

    /**
     * Stores an incident as it is, version included, with its timeline, linked members and status
     * answer count, replacing those of the same id, and makes the incident numbers handed out from
     * now on greater than its number.
     */
    void restoreIncident(BackupRecord.IncidentRecord incident);

    /**
     * Ends a restore: writes what waits in a batch, then makes the ticket and case numbers handed
     * out from now on greater than these, unless they already are, so that new tickets and cases
     * never take a restored id.
     */
    void finishRestore(long lastTicketNumber, long lastCaseNumber);
}
