package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;

/**
 * How urgent an outbound action is, so that a send queue under load carries moderation out first
 * and may drop a reply nobody waits for any more. Within one chat, actions of one priority keep
 * their order.
 */
public enum SendPriority {
    /**
     * Deleting a message, banning or restricting a member, a case card for moderators, a scam-wave
     * alert and the leaked-secret notice: ahead of everything else in their chat; never dropped.
     */
    MODERATION,
    /**
     * Ticket and incident work (topics, relays, ticket alerts, messages to a ticket's member,
     * incident announcements): in order; never dropped.
     */
    TICKET,
    /** A reply to a member's message: dropped when it has waited longer than the queue's limit. */
    REPLY;

    /** The priority of a decision. Pure. */
    public static SendPriority of(Decision decision) {
        return switch (decision) {
            case DeleteMessage d -> MODERATION;
            case RestrictMember r -> MODERATION;
            case FlagForReview f -> MODERATION;
            // A private message with a public fallback and no ticket is the leaked-secret notice.
            case SendPrivate p -> p.ticketId() == null && p.fallback() != null ? MODERATION : TICKET;
            case OpenTicketSpace o -> TICKET;
            case PostToTicketSpace p -> TICKET;
            case CloseTicketSpace c -> TICKET;
            // Ticket alerts name their ticket; one about no ticket is moderation's (a scam wave).
            case StaffAlert s -> s.ticketId() == null ? MODERATION : TICKET;
            case PostAnnouncement a -> TICKET;
            case EditAnnouncement e -> TICKET;
            case Answer a -> REPLY;
            case Suggest s -> REPLY;
            case Fallback f -> REPLY;
            case Reply r -> REPLY;
            case HandOver h -> REPLY;
            case PrivateNotice n -> REPLY;
        };
    }
}
