package dev.watchkeeper.core.backup;

/**
 * How many records of each kind a backup held.
 *
 * @param tickets tickets
 * @param transcripts conversations of the transcript log
 * @param cases moderation cases
 * @param auditEntries audit entries
 * @param voteCounts vote count records (one per backup)
 * @param incidents incidents, each with its timeline and linked members (0 in a file written before
 *     incidents were backed up)
 */
public record BackupCounts(
        long tickets, long transcripts, long cases, long auditEntries, long voteCounts, long incidents) {
    /** Nothing counted yet. */
    public static final BackupCounts NONE = new BackupCounts(0, 0, 0, 0, 0, 0);

    /** These counts and one more record. */
    public BackupCounts plus(BackupRecord record) {
        return switch (record) {
            case BackupRecord.TicketRecord r ->
                new BackupCounts(tickets + 1, transcripts, cases, auditEntries, voteCounts, incidents);
            case BackupRecord.TranscriptRecord r ->
                new BackupCounts(tickets, transcripts + 1, cases, auditEntries, voteCounts, incidents);
            case BackupRecord.CaseRecord r ->
                new BackupCounts(tickets, transcripts, cases + 1, auditEntries, voteCounts, incidents);
            case BackupRecord.AuditRecord r ->
                new BackupCounts(tickets, transcripts, cases, auditEntries + 1, voteCounts, incidents);
            case BackupRecord.VotesRecord r ->
                new BackupCounts(tickets, transcripts, cases, auditEntries, voteCounts + 1, incidents);
            case BackupRecord.IncidentRecord r ->
                new BackupCounts(tickets, transcripts, cases, auditEntries, voteCounts, incidents + 1);
        };
    }

    /** These counts and those of the records. */
    public BackupCounts plusAll(Iterable<? extends BackupRecord> records) {
        BackupCounts sum = this;
        for (BackupRecord record : records) {
            sum = sum.plus(record);
        }
        return sum;
    }

    /** All records. */
    public long total() {
        return tickets + transcripts + cases + auditEntries + voteCounts + incidents;
    }

    @Override
    public String toString() {
        return tickets + " tickets, " + transcripts + " transcripts, " + cases + " moderation cases, " + auditEntries
                + " audit entries, " + voteCounts + " vote counts, " + incidents + " incidents";
    }
}
