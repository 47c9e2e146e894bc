package dev.watchkeeper.core.backup;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.List;

/** One record of a backup: a value a store holds, exactly as it holds it. */
public sealed interface BackupRecord {

    /** A ticket, with its version, state, times and its own transcript. */
    record TicketRecord(Ticket ticket) implements BackupRecord {
        public TicketRecord {
            requireNonNull(ticket, "ticket");
        }
    }

    /**
     * The recent turns of one conversation (the transcript log that a ticket opened later starts
     * with), oldest first; already redacted when they were stored.
     */
    record TranscriptRecord(ConversationKey conversation, List<Turn> turns) implements BackupRecord {
        public TranscriptRecord {
            requireNonNull(conversation, "conversation");
            turns = List.copyOf(turns);
        }
    }

    /** A moderation case, open or resolved. */
    record CaseRecord(ModerationCase moderationCase) implements BackupRecord {
        public CaseRecord {
            requireNonNull(moderationCase, "moderationCase");
        }
    }

    /** One audit entry. */
    record AuditRecord(AuditEntry entry) implements BackupRecord {
        public AuditRecord {
            requireNonNull(entry, "entry");
        }
    }

    /** The answer vote counts (a store keeps counts, not single votes). */
    record VotesRecord(VoteCounts counts) implements BackupRecord {
        public VotesRecord {
            requireNonNull(counts, "counts");
        }
    }

    /**
     * An incident with what hangs off it: its timeline (oldest first), the members linked to it
     * (in the order they were linked, with their tickets) and how many questions its status
     * answered.
     */
    record IncidentRecord(
            Incident incident, List<TimelineEntry> timeline, List<LinkedMember> linked, long statusAnswers)
            implements BackupRecord {
        public IncidentRecord {
            requireNonNull(incident, "incident");
            timeline = List.copyOf(timeline);
            linked = List.copyOf(linked);
        }
    }
}
