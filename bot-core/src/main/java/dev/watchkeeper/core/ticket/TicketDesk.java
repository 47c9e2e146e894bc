package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.PrivateMessageRefused;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.member.Escalation;
import dev.watchkeeper.core.ticket.member.MemberDesk;
import dev.watchkeeper.core.ticket.member.MemberRouting;
import dev.watchkeeper.core.ticket.member.ScamReport;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.report.SupportReport;
import dev.watchkeeper.core.ticket.staff.StaffActions;
import dev.watchkeeper.core.ticket.staff.StaffDesk;
import dev.watchkeeper.core.ticket.text.PiiMasker;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The ticket desk, the ticket feature's one entry point: escalation tickets and human takeover
 * around the conversation engine, built from the member side ({@link MemberDesk}) and the staff
 * side ({@link StaffDesk}).
 *
 * <p>The simplest wiring is {@link #handle(Inbound, Function)} with the engine's {@code handle}:
 * staff-space messages and ticket buttons are the desk's; a member's messages are recorded and,
 * while an agent owns their ticket, relayed instead of answered; the engine's {@link HandOver}
 * decisions become tickets. The finer methods below are the same steps for callers that compose
 * them themselves, in this order: {@link #staffMessage}, {@link #memberMessage}, the engine,
 * {@link #afterEngine} (and {@link #choice} before the engine for button presses).
 *
 * <p>Adapters report back through {@code Bot} with a {@link TicketSpaceOpened} (the thread created
 * for an {@link OpenTicketSpace}), which becomes {@link #spaceOpened}, and a {@link
 * PrivateMessageRefused} (a {@link dev.watchkeeper.core.decision.SendPrivate} could not be
 * delivered), which becomes {@link #memberUnreachable}.
 *
 * <p>Thread-safe: all state is in the ports, changed by compare-and-set. Never sleeps, never
 * touches the network; blocks only as long as its ports do. Deterministic for given input, port
 * state, clock and random generator.
 */
public final class TicketDesk {
    private final TicketStore tickets;
    private final TranscriptLog transcripts;
    private final ConversationStore conversations;
    private final SupportMetrics metrics;
    private final TicketSettings settings;
    private final Clock clock;
    private final TicketWriter writer;
    private final Escalation escalation;
    private final MemberDesk members;
    private final StaffDesk staff;
    private final Translations<TicketTexts> texts;
    private final StaffTexts staffTexts;

    /** A desk that tells staff in the bundled texts of the staff language. */
    public TicketDesk(
            TicketPorts ports,
            TicketSettings settings,
            Translations<TicketTexts> texts,
            Clock clock,
            LongSupplier botAnswers) {
        this(ports, settings, texts, StaffTexts.translations(MessageCatalog.bundled()), clock, botAnswers);
    }

    /**
     * @param ports every port of the desk; each part of it gets the ones it uses
     * @param texts what the desk tells members, per language; each member in their own
     * @param staffTexts what the desk tells staff, per language; staff get the settings' {@link
     *     TicketSettings#staffLanguage() staff language}
     * @param botAnswers how many questions the bot has answered (for the deflection rate in
     *     {@code /stats}); return a negative number when unknown
     */
    public TicketDesk(
            TicketPorts ports,
            TicketSettings settings,
            Translations<TicketTexts> texts,
            Translations<StaffTexts> staffTexts,
            Clock clock,
            LongSupplier botAnswers) {
        this.tickets = ports.tickets();
        this.transcripts = ports.transcripts();
        this.conversations = ports.conversations();
        this.metrics = ports.metrics();
        this.settings = settings;
        this.clock = clock;
        this.texts = texts;
        this.writer = new TicketWriter(tickets, ports.audit(), ports.redactor(), ports.events(), settings);
        this.staffTexts = staffTexts.in(settings.staffLanguage());
        TicketCards cards = new TicketCards(new PiiMasker(), this.staffTexts);
        Outbox outbox = new Outbox(settings, this.staffTexts);
        this.escalation = new Escalation(
                tickets,
                ports.sequence(),
                transcripts,
                conversations,
                ports.knowledgeBase(),
                metrics,
                ports.random(),
                settings,
                texts,
                writer,
                cards,
                outbox,
                this.staffTexts);
        this.members = new MemberDesk(
                tickets,
                transcripts,
                conversations,
                metrics,
                settings,
                texts,
                writer,
                cards,
                outbox,
                escalation,
                this.staffTexts);
        StaffActions actions = new StaffActions(
                ports.staff(), ports.knowledgeBase(), metrics, texts, writer, cards, outbox, this.staffTexts);
        this.staff = new StaffDesk(
                tickets,
                ports.staff(),
                ports.answerFeedback(),
                settings,
                actions,
                writer,
                botAnswers,
                this.staffTexts,
                outbox);
    }

    /** The support report staff get with {@code /stats}, as of now. Blocks for the stores. */
    public SupportReport supportReport() {
        return staff.report(now());
    }

    /** The {@code /stats} report as staff read it, in the staff language. Blocks for the stores. */
    public String supportReportText() {
        return supportReport().toText(staffTexts);
    }

    /** Handles one inbound event, asking {@code engine} for the bot's answer where one is due. */
    public List<Decision> handle(Inbound inbound, Function<Inbound, List<Decision>> engine) {
        if (inbound.author().bot()) {
            return engine.apply(inbound);
        }
        return switch (inbound) {
            case InboundMessage message -> {
                Optional<List<Decision>> staffSide = staffMessage(message);
                if (staffSide.isPresent()) {
                    yield staffSide.get();
                }
                MemberRouting routing = memberMessage(message);
                List<Decision> out = new ArrayList<>(routing.decisions());
                if (routing.answerToo()) {
                    boolean opened = out.stream().anyMatch(OpenTicketSpace.class::isInstance);
                    List<Decision> answered = engine.apply(message).stream()
                            .filter(d -> !(opened && d instanceof HandOver))
                            .toList();
                    if (routing.unlessClaimed() && !answered.isEmpty() && claimed(message.author())) {
                        answered = List.of();
                    }
                    out.addAll(afterEngine(message, answered));
                }
                // while the store is away, the desk and a hand-over may both tell the member so
                yield out.stream().distinct().toList();
            }
            case ChoiceSelected choice -> choice(choice).orElseGet(() -> afterEngine(choice, engine.apply(choice)));
            case MemberJoined joined -> engine.apply(joined);
            case TicketSpaceOpened opened -> {
                spaceOpened(opened);
                yield List.of();
            }
            case PrivateMessageRefused refused -> memberUnreachable(refused.ticket());
            case AnnouncementPosted posted -> engine.apply(posted);
        };
    }

    /** A message in a staff chat or ticket space: present (possibly empty) when it is the desk's. */
    public Optional<List<Decision>> staffMessage(InboundMessage message) {
        return staff.onMessage(message, now());
    }

    /**
     * A member's message: records it, relays it to their open ticket, reconnects them if they were
     * unreachable, answers {@code /verify} and {@code /forgetme}, takes a rating comment, and
     * opens an urgent ticket for a security incident.
     */
    public MemberRouting memberMessage(InboundMessage message) {
        return members.onMessage(message, now());
    }

    /** Whether an agent owns the member's ticket; while the store is away, taken as not (the bot answers). */
    private boolean claimed(UserRef member) {
        return openTicketOrNone(AccountId.of(member))
                .filter(t -> t.owner().isPresent())
                .isPresent();
    }

    /**
     * The member's open ticket, or none while the store is away: only for steps where not knowing
     * it is safe (the bot answers, a turn is not added to a ticket, no ticket is opened after misses).
     */
    private Optional<Ticket> openTicketOrNone(AccountId member) {
        try {
            return tickets.openTicketOf(member);
        } catch (StoreUnavailableException e) {
            return Optional.empty();
        }
    }

    /** A button press: present when it is a ticket action (claim, close, rating, erasure). */
    public Optional<List<Decision>> choice(ChoiceSelected choice) {
        if (!TicketChoices.isTicketAction(choice.action())) {
            return Optional.empty();
        }
        Instant now = now();
        return staff.onChoice(choice, now)
                .or(() -> members.onChoice(choice, now))
                .or(() -> Optional.of(List.of()));
    }

    /**
     * The engine's decisions for an event, with every {@link HandOver} turned into a ticket, the
     * bot's turns recorded, and a ticket opened after repeated misses.
     */
    public List<Decision> afterEngine(Inbound inbound, List<Decision> decisions) {
        Instant now = now();
        ConversationKey conversation =
                new ConversationKey(inbound.chat(), inbound.author().id());
        List<Decision> out = new ArrayList<>();
        boolean handedOver = false;
        for (Decision decision : decisions) {
            if (decision instanceof HandOver handOver) {
                out.addAll(handOver(handOver, inbound));
                handedOver = true;
            } else {
                out.add(decision);
                record(conversation, decision, now);
            }
        }
        if (!handedOver && repeatedMisses(decisions, conversation)) {
            out.addAll(escalation.escalate(
                    inbound.author(),
                    conversation,
                    ReplyTarget.chat(inbound.chat()),
                    HandOver.Reason.REPEATED_MISSES,
                    language(inbound),
                    now));
        }
        return List.copyOf(out);
    }

    /**
     * Opens (or adds to) the ticket of the member who triggered the hand-over. The returned
     * decisions replace the {@link HandOver}, including its text: the member is told the ticket id,
     * and in a group is asked to continue in private.
     */
    public List<Decision> handOver(HandOver handOver, Inbound trigger) {
        return escalation.escalate(
                trigger.author(), handOver.conversation(), handOver.to(), handOver.reason(), language(trigger), now());
    }

    /**
     * A member's scam report that needs a person: opens (or adds to) an urgent scam-report ticket.
     * The reported message goes in as a note and the member's own words as theirs; the member's
     * language (and so their security checklist) is the one the bot decided for the report's message.
     * A member who already has an open ticket gets the report added to it, the ticket raised to
     * urgent and the checklist all the same.
     */
    public List<Decision> scamReport(
            UserRef reporter, ConversationKey conversation, ReplyTarget ackTo, ScamReport report) {
        Instant now = now();
        List<Turn> turns = new ArrayList<>();
        if (report.reportedText() != null) {
            turns.add(writer.turn(
                    Turn.Speaker.NOTE, staffTexts.say(StaffText.REPORTED_MESSAGE, report.reportedText()), null, now));
        }
        if (!report.memberWords().isBlank()) {
            turns.add(writer.turn(Turn.Speaker.MEMBER, report.memberWords(), null, now));
        }
        Optional<Ticket> open;
        try {
            open = tickets.openTicketOf(AccountId.of(reporter));
        } catch (StoreUnavailableException e) {
            return List.of(Reply.of(ackTo, texts.in(languageOf(report)).deskAway()));
        }
        for (Turn turn : turns) {
            transcripts.append(conversation, turn);
            open.ifPresent(t -> writer.append(t.id(), turn.speaker(), turn.text(), now)
                    .filter(stored -> turn.speaker() == Turn.Speaker.MEMBER)
                    .ifPresent(stored -> writer.events().memberWrote(stored, now)));
        }
        return escalation.escalate(reporter, conversation, ackTo, HandOver.Reason.SCAM_REPORT, languageOf(report), now);
    }

    /** True when an agent owns this open ticket. */
    public boolean claimed(TicketId ticket) {
        return tickets.find(ticket).flatMap(Ticket::owner).isPresent();
    }

    /**
     * Closes an open ticket nobody claimed, with {@code note} as its resolution, and tells no one:
     * for a ticket an incident held, whose member gets the incident's resolution as their one
     * message. No rating is asked for (no agent helped).
     *
     * @return true when this call closed it
     */
    public boolean closeHeld(TicketId ticket, UserRef by, String note) {
        Instant now = now();
        String resolution = writer.redact(note.strip());
        Optional<Ticket> closed = writer.update(
                ticket,
                t -> t.status().isOpen() && t.owner().isEmpty()
                        ? Optional.of(t.resolved(resolution, now))
                        : Optional.empty());
        closed.ifPresent(t -> {
            metrics.ticketResolved(
                    t.category(),
                    t.priority(),
                    java.time.Duration.between(t.times().openedAt(), now));
            writer.audit(now, by, "close", t.id().value(), "held with an incident");
            writer.events().closed(t, by, now);
        });
        return closed.isPresent();
    }

    /** The adapter could not deliver a private message for this ticket. */
    public List<Decision> memberUnreachable(TicketId ticket) {
        return members.unreachable(ticket, now());
    }

    /** The adapter opened a ticket's staff thread; staff messages there now route to it. */
    public void spaceOpened(TicketSpaceOpened opened) {
        spaceOpened(opened.ticket(), new StaffSpace(opened.chat(), opened.threadId()));
    }

    /** The adapter opened the staff thread of this ticket; staff messages there now route to it. */
    public void spaceOpened(TicketId ticket, StaffSpace space) {
        Instant now = now();
        writer.always(ticket, t -> t.withStaff(space, now));
    }

    private void record(ConversationKey conversation, Decision decision, Instant now) {
        Turn turn =
                switch (decision) {
                    case Answer a ->
                        writer.turn(Turn.Speaker.BOT, "[" + a.entryId() + "] " + a.title(), a.entryId(), now);
                    case Suggest s ->
                        writer.turn(
                                Turn.Speaker.BOT,
                                s.text() + " "
                                        + s.suggestions().stream()
                                                .map(c -> c.label())
                                                .toList(),
                                null,
                                now);
                    case Fallback f -> writer.turn(Turn.Speaker.BOT, f.text(), null, now);
                    case Reply r -> writer.turn(Turn.Speaker.BOT, r.text(), null, now);
                    default -> null;
                };
        if (turn == null || !decision.to().chat().equals(conversation.chat())) {
            return;
        }
        if (decision instanceof Answer) {
            metrics.botAnswered(conversation.platform());
        }
        transcripts.append(conversation, turn);
        openTicketOrNone(new AccountId(conversation.platform(), conversation.userId()))
                .filter(t -> t.owner().isEmpty())
                .ifPresent(t -> writer.append(t, Turn.Speaker.BOT, turn.text(), now));
    }

    private boolean repeatedMisses(List<Decision> decisions, ConversationKey conversation) {
        return decisions.stream().anyMatch(Fallback.class::isInstance)
                && openTicketOrNone(new AccountId(conversation.platform(), conversation.userId()))
                        .isEmpty()
                && conversations
                        .find(conversation)
                        .map(state -> state.consecutiveMisses() >= settings.missesBeforeTicket())
                        .orElse(false);
    }

    private static @Nullable String languageOf(ScamReport report) {
        return report.languageHint() == null || report.languageHint().isBlank() ? null : report.languageHint();
    }

    private static @Nullable String language(Inbound inbound) {
        return inbound instanceof InboundMessage message ? message.languageHint() : null;
    }

    private Instant now() {
        return clock.instant();
    }
}
