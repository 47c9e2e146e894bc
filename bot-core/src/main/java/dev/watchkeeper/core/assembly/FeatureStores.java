package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.moderation.InMemoryMemberActivity;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import java.time.Clock;
import java.time.Duration;

/**
 * Where the features keep their state: in memory for the demo and tests, in Redis in production.
 *
 * @param conversations each member's conversation (last answer, misses, language)
 * @param answerFeedback members' votes on answers
 * @param tickets escalation tickets
 * @param ticketSequence the tickets' numbers
 * @param transcripts each ticket's conversation
 * @param audit what staff and moderators did
 * @param cases moderation cases
 * @param memberActivity how much each member has written, for the shield's stricter first messages
 */
public record FeatureStores(
        ConversationStore conversations,
        AnswerFeedback answerFeedback,
        TicketStore tickets,
        TicketSequence ticketSequence,
        TranscriptLog transcripts,
        AuditLog audit,
        ModerationCaseStore cases,
        MemberActivity memberActivity) {
    public FeatureStores {
        requireNonNull(conversations, "conversations");
        requireNonNull(answerFeedback, "answerFeedback");
        requireNonNull(tickets, "tickets");
        requireNonNull(ticketSequence, "ticketSequence");
        requireNonNull(transcripts, "transcripts");
        requireNonNull(audit, "audit");
        requireNonNull(cases, "cases");
        requireNonNull(memberActivity, "memberActivity");
    }

    /**
     * Stores that keep everything in this process's memory, with the demo's sizes: conversations
     * forgotten after a day idle, tickets numbered from 1000, 200 turns per transcript.
     */
    public static FeatureStores inMemory(Clock clock) {
        return new FeatureStores(
                new InMemoryConversationStore(Duration.ofHours(24), clock),
                new InMemoryAnswerFeedback(),
                new InMemoryTicketStore(),
                new InMemoryTicketSequence(1000),
                new InMemoryTranscriptLog(200),
                new InMemoryAuditLog(),
                new InMemoryModerationCaseStore(),
                new InMemoryMemberActivity(200_000));
    }
}
