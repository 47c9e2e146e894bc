package dev.watchkeeper.core.backup;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The in-memory stores read out and restored, for tests and benchmarks (what is in memory lives
 * as long as its process). Never blocks beyond the stores' own locks; one thread at a time.
 */
public final class InMemoryBackupStore implements BackupStore {
    private final InMemoryTicketStore tickets;
    private final InMemoryTicketSequence ticketSequence;
    private final InMemoryTranscriptLog transcripts;
    private final InMemoryModerationCaseStore cases;
    private final InMemoryAuditLog audit;
    private final InMemoryAnswerFeedback votes;
    private final InMemoryIncidentStore incidents;

    public InMemoryBackupStore(
            InMemoryTicketStore tickets,
            InMemoryTicketSequence ticketSequence,
            InMemoryTranscriptLog transcripts,
            InMemoryModerationCaseStore cases,
            InMemoryAuditLog audit,
            InMemoryAnswerFeedback votes,
            InMemoryIncidentStore incidents) {
        this.tickets = tickets;
        this.ticketSequence = ticketSequence;
        this.transcripts = transcripts;
        this.cases = cases;
        this.audit = audit;
        this.votes = votes;
        this.incidents = incidents;
    }

    @Override
    public void exportTo(Consumer<? super BackupRecord> sink) {
        tickets.all().forEach(t -> sink.accept(new BackupRecord.TicketRecord(t)));
        transcripts.all().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> sink.accept(new BackupRecord.TranscriptRecord(e.getKey(), e.getValue())));
        cases.all().forEach(c -> sink.accept(new BackupRecord.CaseRecord(c)));
        auditEntries(e -> sink.accept(new BackupRecord.AuditRecord(e)));
        for (Incident incident : incidents.recent(Integer.MAX_VALUE).reversed()) {
            sink.accept(new BackupRecord.IncidentRecord(
                    incident,
                    incidents.timeline(incident.id()),
                    incidents.linked(incident.id()),
                    incidents.statusAnswers(incident.id())));
        }
        sink.accept(new BackupRecord.VotesRecord(votes.counts()));
    }

    @Override
    public void auditEntries(Consumer<? super AuditEntry> sink) {
        audit.since(Instant.MIN).forEach(sink);
    }

    @Override
    public void restoreTicket(Ticket ticket) {
        tickets.restore(ticket);
    }

    @Override
    public void restoreTranscript(ConversationKey conversation, List<Turn> turns) {
        transcripts.restore(conversation, turns);
    }

    @Override
    public void restoreCase(ModerationCase moderationCase) {
        cases.restore(moderationCase);
    }

    @Override
    public void appendAuditEntry(AuditEntry entry) {
        audit.record(entry);
    }

    @Override
    public void restoreVotes(VoteCounts counts) {
        votes.restore(counts);
    }

    @Override
    public void restoreIncident(BackupRecord.IncidentRecord incident) {
        incidents.restore(incident.incident(), incident.timeline(), incident.linked(), incident.statusAnswers());
    }

    @Override
    public void finishRestore(long lastTicketNumber, long lastCaseNumber) {
        ticketSequence.advancePast(lastTicketNumber);
        cases.advancePast(lastCaseNumber);
    }
}
