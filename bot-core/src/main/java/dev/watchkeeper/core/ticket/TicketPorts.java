package dev.watchkeeper.core.ticket;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import dev.watchkeeper.core.ticket.text.Redactor;
import java.util.random.RandomGenerator;

/**
 * The ports the ticket desk works through, in one value so wiring stays readable. The wiring
 * builds it once; {@link TicketDesk} hands each of its parts only the ports that part uses, and
 * {@link dev.watchkeeper.core.ticket.report.SlaMonitor} and {@link dev.watchkeeper.core.ticket.report.RetentionPurge} take theirs one by one.
 *
 * @param tickets where tickets live
 * @param sequence numbers new tickets
 * @param transcripts recent turns per conversation
 * @param audit audited actions
 * @param staff who is staff
 * @param knowledgeBase answers staff insert by entry id, and the tags that categorise tickets
 * @param answerFeedback members' votes on the bot's answers, read for {@code /stats}
 * @param conversations the engine's conversation state, read for the member's language and
 *     deleted on erasure
 * @param metrics support figures
 * @param events where ticket events (opened, claimed, replied, closed, rated) are told
 * @param redactor removes secrets before anything is stored or shown
 * @param random draws verification codes: a {@link java.security.SecureRandom} in production, a
 *     seeded generator in tests
 */
public record TicketPorts(
        TicketStore tickets,
        TicketSequence sequence,
        TranscriptLog transcripts,
        AuditLog audit,
        StaffDirectory staff,
        KnowledgeBase knowledgeBase,
        AnswerFeedback answerFeedback,
        ConversationStore conversations,
        SupportMetrics metrics,
        DomainEvents events,
        Redactor redactor,
        RandomGenerator random) {
    public TicketPorts {
        requireNonNull(tickets, "tickets");
        requireNonNull(sequence, "sequence");
        requireNonNull(transcripts, "transcripts");
        requireNonNull(audit, "audit");
        requireNonNull(staff, "staff");
        requireNonNull(knowledgeBase, "knowledgeBase");
        requireNonNull(answerFeedback, "answerFeedback");
        requireNonNull(conversations, "conversations");
        requireNonNull(metrics, "metrics");
        requireNonNull(events, "events");
        requireNonNull(redactor, "redactor");
        requireNonNull(random, "random");
    }
}
