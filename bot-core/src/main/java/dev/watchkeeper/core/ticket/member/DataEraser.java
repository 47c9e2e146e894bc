package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries out a member's {@code /forgetme}: closes their open ticket, erases the content of all
 * their tickets (transcript, context, notes, rating comment, names), forgets their conversations
 * and transcripts, and audits it. What stays is what metrics need: category, priority, times,
 * score.
 */
final class DataEraser {
    static final String CLOSE_NOTE = "closed because the member asked for their data to be deleted";

    private final TicketStore tickets;
    private final TranscriptLog transcripts;
    private final ConversationStore conversations;
    private final TicketWriter writer;
    private final StaffTexts staff;

    DataEraser(
            TicketStore tickets,
            TranscriptLog transcripts,
            ConversationStore conversations,
            TicketWriter writer,
            StaffTexts staff) {
        this.tickets = tickets;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.writer = writer;
        this.staff = staff;
    }

    /** Erases; returns the staff-side decisions and the counts for the member's confirmation. */
    Result erase(UserRef member, ChatRef currentChat, Instant now) {
        AccountId account = AccountId.of(member);
        List<Decision> decisions = new ArrayList<>();
        Set<ConversationKey> conversations = new LinkedHashSet<>(transcripts.conversationsOf(account));
        conversations.add(new ConversationKey(currentChat, member.id()));
        List<Ticket> tickets = this.tickets.ticketsOf(account);
        for (Ticket ticket : tickets) {
            conversations.add(new ConversationKey(ticket.member().origin(), member.id()));
            conversations.add(new ConversationKey(ticket.member().privateChat(), member.id()));
            if (ticket.status().isOpen()) {
                decisions.add(
                        new CloseTicketSpace(ticket.staff().target(), ticket.id(), staff.say(StaffText.ERASED_CLOSED)));
            }
            UserRef placeholder =
                    new UserRef(member.platform(), "erased-" + ticket.id().value(), null, null, false);
            writer.always(
                    ticket.id(), t -> (t.status().isOpen() ? t.resolved(CLOSE_NOTE, now) : t).erased(placeholder, now));
        }
        for (ConversationKey key : conversations) {
            this.conversations.delete(key);
            transcripts.forget(key);
        }
        writer.audit(
                now,
                member,
                "forgetme",
                account.toString(),
                "erased %d ticket(s) and %d conversation(s)".formatted(tickets.size(), conversations.size()));
        return new Result(decisions, tickets.size(), conversations.size());
    }

    record Result(List<Decision> staffDecisions, int tickets, int conversations) {}
}
