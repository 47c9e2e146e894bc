package dev.watchkeeper.core.backup;

import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;

class InMemoryBackupStoreTest extends BackupStoreContract {
    @Override
    protected Stores newStores() {
        InMemoryTicketStore tickets = new InMemoryTicketStore();
        InMemoryTicketSequence sequence = new InMemoryTicketSequence(1);
        InMemoryTranscriptLog transcripts = new InMemoryTranscriptLog(20);
        InMemoryModerationCaseStore cases = new InMemoryModerationCaseStore();
        InMemoryAuditLog audit = new InMemoryAuditLog();
        InMemoryAnswerFeedback votes = new InMemoryAnswerFeedback();
        InMemoryIncidentStore incidents = new InMemoryIncidentStore();
        return new Stores(
                new InMemoryBackupStore(tickets, sequence, transcripts, cases, audit, votes, incidents),
                tickets,
                sequence,
                transcripts,
                cases,
                audit,
                votes,
                incidents);
    }
}
