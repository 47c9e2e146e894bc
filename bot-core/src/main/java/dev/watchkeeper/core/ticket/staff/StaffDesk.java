package dev.watchkeeper.core.ticket.staff;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.report.SupportReport;
import dev.watchkeeper.core.ticket.report.SupportStats;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The staff side of the ticket desk, which handles every message and button in staff chats and
 * ticket spaces: recognises messages in staff chats and ticket spaces, checks that
 * the author is staff, and dispatches commands, buttons and replies to {@link StaffActions}.
 *
 * <p>A message belongs to a ticket when it is in the ticket's thread (the adapter sets
 * {@link InboundMessage#threadId()} and the thread was reported with
 * {@code TicketDesk#spaceOpened}), or when a command in a staff chat names the ticket
 * ({@code /claim WK-1042}), which is how platforms without threads work.
 */
public final class StaffDesk {
    private final TicketStore tickets;
    private final StaffDirectory staffDirectory;
    private final AnswerFeedback answerFeedback;
    private final TicketSettings settings;
    private final StaffActions actions;
    private final TicketWriter writer;
    private final LongSupplier botAnswers;
    private final StaffTexts staff;
    private final Outbox outbox;

    public StaffDesk(
            TicketStore tickets,
            StaffDirectory staffDirectory,
            AnswerFeedback answerFeedback,
            TicketSettings settings,
            StaffActions actions,
            TicketWriter writer,
            LongSupplier botAnswers,
            StaffTexts staff,
            Outbox outbox) {
        this.tickets = tickets;
        this.staffDirectory = staffDirectory;
        this.answerFeedback = answerFeedback;
        this.settings = settings;
        this.actions = actions;
        this.writer = writer;
        this.botAnswers = botAnswers;
        this.staff = staff;
        this.outbox = outbox;
    }

    /**
     * As {@link #inStore}; while the store is away, an agent's message in a staff chat is answered
     * with what was not done (a reply not relayed, a command not run), so that no agent believes a
     * member got a reply they did not. Elsewhere the message is not taken as the desk's.
     */
    public Optional<List<Decision>> onMessage(InboundMessage message, Instant now) {
        try {
            return inStore(message, now);
        } catch (StoreUnavailableException e) {
            if (!settings.staffChats().contains(message.chat())
                    || message.edited()
                    || message.author().bot()) {
                return Optional.empty();
            }
            BotCommand typed = message.command();
            boolean command = typed != null && !typed.name().equals("reply");
            return Optional.of(List.of(Reply.of(
                    ReplyTarget.replyTo(message),
                    staff.say(command ? StaffText.STORE_AWAY_NOT_DONE : StaffText.NOT_RELAYED))));
        }
    }

    private Optional<List<Decision>> inStore(InboundMessage message, Instant now) {
        Optional<Ticket> spaceTicket = message.threadId() == null
                ? Optional.empty()
                : tickets.inSpace(new StaffSpace(message.chat(), message.threadId()));
        if (spaceTicket.isEmpty() && !settings.staffChats().contains(message.chat())) {
            return Optional.empty();
        }
        if (message.edited() || message.author().bot()) {
            return Optional.of(List.of());
        }
        ReplyTarget here = ReplyTarget.replyTo(message);
        BotCommand command = message.command();
        if (!staffDirectory.isStaff(message.author(), message.roles())) {
            return Optional.of(command != null ? denied(message.author(), here, now) : List.of());
        }
        if (command == null) {
            return Optional.of(spaceTicket
                    .map(t -> actions.relay(t, message.author(), message.text(), here, now))
                    .orElse(List.of()));
        }
        return Optional.of(run(command, spaceTicket, message.author(), here, now));
    }

    /**
     * A press on a ticket card's button. The press is answered to the presser alone ({@link
     * PrivateNotice}) when it does nothing: not staff (with how to become an agent), no such
     * ticket, claimed by someone else. Close does not close at once: it asks for the note first.
     */
    public Optional<List<Decision>> onChoice(ChoiceSelected choice, Instant now) {
        Optional<TicketId> claim = TicketChoices.claimed(choice.action());
        Optional<TicketId> close = TicketChoices.closed(choice.action());
        Optional<TicketId> closeNow = TicketChoices.closedWithoutNote(choice.action());
        if (claim.isEmpty() && close.isEmpty() && closeNow.isEmpty()) {
            return Optional.empty();
        }
        ReplyTarget here = ReplyTarget.chat(choice.chat());
        if (!staffDirectory.isStaff(choice.author(), choice.roles())) {
            writer.audit(now, choice.author(), "denied", "staff-action", "not staff");
            return Optional.of(List.of(new PrivateNotice(
                    here,
                    choice.author(),
                    staff.say(
                            StaffText.NOT_AN_AGENT,
                            choice.author().platform().name().toLowerCase(Locale.ROOT),
                            choice.author().id()))));
        }
        if (claim.isPresent()) {
            return Optional.of(toPresser(choice, here, actions.claim(claim.get(), choice.author(), here, now)));
        }
        TicketId id = close.or(() -> closeNow).orElseThrow();
        Optional<Ticket> ticket = tickets.find(id);
        if (ticket.isEmpty()) {
            return Optional.of(List.of(new PrivateNotice(here, choice.author(), staff.say(StaffText.NO_TICKET, id))));
        }
        if (close.isPresent() && ticket.get().status().isOpen()) {
            return Optional.of(List.of(outbox.toSpace(
                    ticket.get(),
                    staff.say(StaffText.CLOSE_CONFIRM, id),
                    List.of(new Choice(
                            staff.say(StaffText.CLOSE_WITHOUT_NOTE_BUTTON), TicketChoices.closeWithoutNote(id))))));
        }
        return Optional.of(toPresser(choice, here, actions.close(ticket.get(), choice.author(), "", here, now)));
    }

    /** The desk's replies to where a button was pressed, as notices only the presser sees. */
    private static List<Decision> toPresser(ChoiceSelected choice, ReplyTarget here, List<Decision> decisions) {
        return decisions.stream()
                .map(d -> d instanceof Reply r && r.to().equals(here)
                        ? new PrivateNotice(here, choice.author(), r.text())
                        : d)
                .toList();
    }

    /** The support report as of {@code now}, with the bot's answers for the deflection rate. */
    public SupportReport report(Instant now) {
        return SupportStats.report(tickets, answerFeedback, botAnswers.getAsLong(), now);
    }

    private List<Decision> run(
            BotCommand command, Optional<Ticket> spaceTicket, UserRef agent, ReplyTarget here, Instant now) {
        if (command.name().equals("stats")) {
            return List.of(Reply.of(here, report(now).toText(staff)));
        }
        Optional<TicketId> named = TicketId.parse(command.firstArgument());
        String arguments = named.isPresent() ? command.restArguments() : command.arguments();
        Optional<TicketId> id = named.or(() -> spaceTicket.map(Ticket::id));
        if (command.name().equals("claim") && id.isPresent()) {
            return actions.claim(id.get(), agent, here, now);
        }
        Optional<Ticket> ticket = id.flatMap(tickets::find);
        if (ticket.isEmpty()
                || !List.of("release", "transfer", "reply", "note", "kb", "close", "transcript")
                        .contains(command.name())) {
            return List.of(Reply.of(
                    here,
                    id.isPresent() && ticket.isEmpty()
                            ? staff.say(StaffText.NO_TICKET, id.get())
                            : staff.say(StaffText.HELP)));
        }
        Ticket t = ticket.get();
        return switch (command.name()) {
            case "release" -> actions.release(t, agent, here, now);
            case "transfer" -> actions.transfer(t, agent, arguments, here, now);
            case "reply" ->
                arguments.isBlank()
                        ? List.of(Reply.of(here, staff.say(StaffText.REPLY_USAGE)))
                        : actions.relay(t, agent, arguments, here, now);
            case "note" -> actions.note(t, arguments, here, now);
            case "kb" -> actions.insertAnswer(t, agent, arguments, here, now);
            case "close" -> actions.close(t, agent, arguments, here, now);
            default -> actions.transcript(t, agent, here);
        };
    }

    private List<Decision> denied(UserRef who, ReplyTarget here, Instant now) {
        writer.audit(now, who, "denied", "staff-action", "not staff");
        return List.of(Reply.of(here, staff.say(StaffText.STAFF_ONLY)));
    }
}
