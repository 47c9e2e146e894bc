package dev.watchkeeper.redis.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupStore;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.audit.RedisAuditLog;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.incident.RedisIncidentArchive;
import dev.watchkeeper.redis.moderation.RedisCaseArchive;
import dev.watchkeeper.redis.ticket.RedisTicketArchive;
import dev.watchkeeper.redis.ticket.RedisTranscriptLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The Redis stores read out and restored for backups. Reads go page by page ({@value #PAGE}
 * values a round trip, through the status sorted sets, {@code SSCAN}, {@code SCAN}, {@code
 * XRANGE} and the incident index; never {@code KEYS}), so an export holds a page in memory, not the
 * store. Restores are pipelined in batches of {@value #PAGE} straight to Redis (not through the
 * write-behind buffer), and {@link #finishRestore} waits for the last batch; incidents are written
 * one script each, at once.
 *
 * <p>Blocks for Redis's round trips; throws the core's {@code StoreUnavailableException} when
 * Redis does not answer. One thread at a time.
 */
public final class RedisBackupStore implements BackupStore {
    /** How many values one read fetches, and how many writes a batch sends. */
    static final int PAGE = 500;

    private final RedisTicketArchive tickets;
    private final RedisTranscriptLog transcripts;
    private final RedisCaseArchive cases;
    private final RedisAuditLog audit;
    private final RedisAnswerFeedback votes;
    private final RedisIncidentArchive incidents;
    private final List<Ticket> ticketBatch = new ArrayList<>();
    private final List<CompletionStage<?>> inFlight = new ArrayList<>();

    /** @param maxTranscriptTurns how many turns a conversation keeps, as the transcript log is set up */
    public RedisBackupStore(RedisStores redis, int maxTranscriptTurns) {
        this.tickets = new RedisTicketArchive(redis);
        this.transcripts = new RedisTranscriptLog(redis, maxTranscriptTurns);
        this.cases = new RedisCaseArchive(redis);
        this.audit = new RedisAuditLog(redis);
        this.votes = new RedisAnswerFeedback(redis);
        this.incidents = new RedisIncidentArchive(redis);
    }

    @Override
    public void exportTo(Consumer<? super BackupRecord> sink) {
        tickets.each(PAGE, t -> sink.accept(new BackupRecord.TicketRecord(t)));
        transcripts.each(
                PAGE, (conversation, turns) -> sink.accept(new BackupRecord.TranscriptRecord(conversation, turns)));
        cases.each(PAGE, c -> sink.accept(new BackupRecord.CaseRecord(c)));
        auditEntries(e -> sink.accept(new BackupRecord.AuditRecord(e)));
        incidents.each(PAGE, sink);
        sink.accept(new BackupRecord.VotesRecord(votes.counts()));
    }

    @Override
    public void auditEntries(Consumer<? super AuditEntry> sink) {
        audit.each(PAGE, sink);
    }

    @Override
    public void restoreTicket(Ticket ticket) {
        ticketBatch.add(ticket);
        if (ticketBatch.size() >= PAGE) {
            writeTickets();
        }
    }

    @Override
    public void restoreTranscript(ConversationKey conversation, List<Turn> turns) {
        sent(transcripts.replace(conversation, turns));
    }

    @Override
    public void restoreCase(ModerationCase moderationCase) {
        sent(cases.restore(moderationCase));
    }

    @Override
    public void appendAuditEntry(AuditEntry entry) {
        sent(audit.append(entry));
    }

    @Override
    public void restoreVotes(VoteCounts counts) {
        votes.restore(counts);
    }

    /** Written at once, one round trip per incident (a store holds few). */
    @Override
    public void restoreIncident(BackupRecord.IncidentRecord incident) {
        incidents.restore(incident);
    }

    @Override
    public void finishRestore(long lastTicketNumber, long lastCaseNumber) {
        writeTickets();
        awaitInFlight();
        tickets.advanceSequencePast(lastTicketNumber);
        cases.advanceIdsPast(lastCaseNumber);
    }

    private void sent(CompletionStage<?> write) {
        inFlight.add(write);
        if (inFlight.size() >= PAGE) {
            awaitInFlight();
        }
    }

    private void writeTickets() {
        if (!ticketBatch.isEmpty()) {
            tickets.restore(List.copyOf(ticketBatch));
            ticketBatch.clear();
        }
    }

    private void awaitInFlight() {
        RedisStores.<Object>awaitAll("backup import", List.copyOf(inFlight));
        inFlight.clear();
    }
}
