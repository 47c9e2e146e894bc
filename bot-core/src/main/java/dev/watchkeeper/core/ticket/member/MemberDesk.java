package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.conversation.ConversationState;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.echo.MemberEcho;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.Attachment;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.SecurityRecognizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The member side of the ticket desk, which handles a member's private messages and buttons
 * about their ticket: relays a ticket holder's messages, opens urgent tickets for
 * security incidents (hacked, scammed, drained; not lost access, which the bot answers like any
 * question), and answers {@code /verify}, {@code /forgetme} and rating buttons (what it
 * repeats of a member's words is bounded, {@link MemberEcho}); hands
 * reachability to {@link Reachability} and ratings to {@link Ratings}.
 */
public final class MemberDesk {
    /** The most characters of one member message relayed to staff (the transcript keeps it all). */
    public static final int MAX_RELAYED = 3_000;

    private final TicketStore tickets;
    private final TranscriptLog transcripts;
    private final ConversationStore conversations;
    private final TicketSettings settings;
    private final Translations<TicketTexts> texts;
    private final TicketWriter writer;
    private final TicketCards cards;
    private final Outbox outbox;
    private final Escalation escalation;
    private final StaffTexts staff;
    private final DataEraser eraser;
    private final Reachability reachability;
    private final Ratings ratings;
    private final SecurityRecognizer security = new SecurityRecognizer();

    /**
     * @param tickets where the member's open ticket is found
     * @param transcripts where the member's turns are recorded
     * @param conversations the member's language, and what {@code /forgetme} deletes
     * @param metrics counts ratings
     */
    public MemberDesk(
            TicketStore tickets,
            TranscriptLog transcripts,
            ConversationStore conversations,
            SupportMetrics metrics,
            TicketSettings settings,
            Translations<TicketTexts> texts,
            TicketWriter writer,
            TicketCards cards,
            Outbox outbox,
            Escalation escalation,
            StaffTexts staff) {
        this.tickets = tickets;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.settings = settings;
        this.texts = texts;
        this.writer = writer;
        this.cards = cards;
        this.outbox = outbox;
        this.escalation = escalation;
        this.staff = staff;
        this.eraser = new DataEraser(tickets, transcripts, conversations, writer, staff);
        this.reachability = new Reachability(settings, texts, writer, outbox, staff);
        this.ratings = new Ratings(tickets, metrics, texts, writer);
    }

    public MemberRouting onMessage(InboundMessage message, Instant now) {
        if (message.edited()) {
            return MemberRouting.engineOnly();
        }
        ReplyTarget to = ReplyTarget.replyTo(message);
        BotCommand command = message.command();
        if (command != null && command.name().equals("verify")) {
            return MemberRouting.handled(
                    verify(message, command.arguments(), to, this.texts.in(message.languageHint())));
        }
        if (command != null && command.name().equals("forgetme")) {
            TicketTexts texts = this.texts.in(message.languageHint());
            return MemberRouting.handled(List.of(new Reply(
                    to,
                    texts.forgetConfirm(),
                    List.of(
                            new Choice(texts.forgetYesLabel(), TicketChoices.FORGET_YES),
                            new Choice(texts.forgetNoLabel(), TicketChoices.FORGET_NO)))));
        }
        boolean addressed = message.chat().isPrivate() || message.mentionsBot() || message.replyToBot();
        boolean incident = security.incident(message.text()).isPresent();
        ConversationKey conversation =
                new ConversationKey(message.chat(), message.author().id());
        if (addressed || incident) {
            transcripts.append(conversation, writer.turn(Turn.Speaker.MEMBER, withAttachments(message), null, now));
        } else if (!message.chat().isPrivate() && command == null) {
            // chatter: nothing is relayed, so the ticket matters only if the engine answers
            return MemberRouting.engineUnlessClaimed();
        }
        Optional<Ticket> open;
        try {
            open = tickets.openTicketOf(AccountId.of(message.author()));
        } catch (StoreUnavailableException e) {
            return withoutStore(message, incident, this.texts.in(message.languageHint()));
        }
        if (open.isPresent()) {
            return withTicket(open.get(), message, new Seen(addressed, command != null, incident), now);
        }
        if (message.chat().isPrivate() && command == null) {
            Optional<List<Decision>> comment = ratings.comment(message, now);
            if (comment.isPresent()) {
                return MemberRouting.handled(comment.get());
            }
        }
        if (incident) {
            List<Decision> opened = escalation.escalate(
                    message.author(), conversation, to, HandOver.Reason.SECURITY_INCIDENT, message.languageHint(), now);
            return new MemberRouting(opened, true);
        }
        return MemberRouting.engineOnly();
    }

    /**
     * The member's ticket cannot be looked up (the store is away). The engine still answers; in
     * private the member is told plainly that their ticket can be neither seen nor opened now, since
     * what they wrote may have been meant for an agent; in a group the answer stands alone (a public
     * notice on every mention would be noise), except for a security incident, whose ticket cannot
     * be opened either.
     */
    private MemberRouting withoutStore(InboundMessage message, boolean incident, TicketTexts texts) {
        if (message.chat().isPrivate() || incident) {
            return new MemberRouting(List.of(Reply.of(ReplyTarget.replyTo(message), texts.deskAway())), true);
        }
        return MemberRouting.engineOnly();
    }

    private MemberRouting withTicket(Ticket ticket, InboundMessage message, Seen seen, Instant now) {
        List<Decision> out = new ArrayList<>();
        Ticket current = ticket;
        if (message.chat().isPrivate()
                && (!ticket.member().reachable()
                        || !ticket.member().privateChat().equals(message.chat()))) {
            current = reachability.reconnect(ticket, message.chat(), now, out);
        }
        if (seen.command()) {
            // commands are for the bot, not the agent: /help or /human get the engine's usual answer
            return new MemberRouting(out, true);
        }
        if (!seen.addressed() && !seen.incident()) {
            return new MemberRouting(out, current.owner().isEmpty());
        }
        Optional<Ticket> stored = writer.append(current, Turn.Speaker.MEMBER, withAttachments(message), now);
        stored.ifPresent(t -> writer.events().memberWrote(t, now));
        current = stored.orElse(current);
        out.add(outbox.toSpace(
                current,
                staff.say(
                        StaffText.MEMBER_SAYS,
                        MemberEcho.excerpt(cards.masked(writer.redact(withAttachments(message))), MAX_RELAYED))));
        if (seen.incident()) {
            out.addAll(escalation.escalate(
                    message.author(),
                    new ConversationKey(message.chat(), message.author().id()),
                    ReplyTarget.replyTo(message),
                    HandOver.Reason.SECURITY_INCIDENT,
                    message.languageHint(),
                    now));
        }
        return new MemberRouting(out, current.owner().isEmpty());
    }

    public List<Decision> unreachable(TicketId id, Instant now) {
        return reachability.unreachable(id, now);
    }

    public Optional<List<Decision>> onChoice(ChoiceSelected choice, Instant now) {
        ReplyTarget to = ReplyTarget.chat(choice.chat());
        TicketTexts texts = this.texts.in(conversations
                .find(new ConversationKey(choice.chat(), choice.author().id()))
                .map(ConversationState::language)
                .orElse(null));
        if (choice.action().equals(TicketChoices.FORGET_NO)) {
            return Optional.of(List.of(Reply.of(to, texts.forgetCancelled())));
        }
        if (choice.action().equals(TicketChoices.FORGET_YES)) {
            DataEraser.Result result = eraser.erase(choice.author(), choice.chat(), now);
            List<Decision> out = new ArrayList<>(result.staffDecisions());
            out.add(Reply.of(to, texts.forgetDone().formatted(result.tickets(), result.conversations())));
            return Optional.of(out);
        }
        return TicketChoices.rating(choice.action()).map(pick -> ratings.rate(pick, choice, to, now));
    }

    private List<Decision> verify(InboundMessage message, String code, ReplyTarget to, TicketTexts texts) {
        if (code.isBlank()) {
            return List.of(Reply.of(to, texts.verifyUsage()));
        }
        String shown = MemberEcho.code(code);
        Optional<Ticket> open;
        try {
            open = tickets.openTicketOf(AccountId.of(message.author()));
        } catch (StoreUnavailableException e) {
            return List.of(Reply.of(to, texts.deskAway()));
        }
        if (open.isEmpty()) {
            return List.of(Reply.of(to, texts.verifyNoTicket().formatted(shown)));
        }
        Ticket ticket = open.get();
        if (digits(ticket.verificationCode()).equals(digits(shown))) {
            return List.of(Reply.of(to, texts.verifyMatches().formatted(ticket.verificationCode(), ticket.id())));
        }
        return List.of(
                Reply.of(to, texts.verifyNoMatch().formatted(shown)),
                outbox.toSpace(ticket, staff.say(StaffText.WRONG_CODE)));
    }

    private static String withAttachments(InboundMessage message) {
        StringBuilder text = new StringBuilder(message.text());
        for (Attachment attachment : message.attachments()) {
            text.append(text.isEmpty() ? "" : " ").append("[").append(attachment.kind());
            if (attachment.fileName() != null) {
                text.append(": ").append(attachment.fileName());
            }
            if (attachment.url() != null) {
                text.append(" ").append(attachment.url());
            }
            text.append("]");
        }
        return text.toString();
    }

    /** How a member's message reads: addressed to the bot, a bot command, a security incident. */
    private record Seen(boolean addressed, boolean command, boolean incident) {}

    private static String digits(String code) {
        return code.replaceAll("\\D", "");
    }
}
