package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.incident.IncidentDesk;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.PrivateMessageRefused;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCommands;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.signin.ConsoleCommand;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.member.ScamReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point platform adapters call. Every inbound event goes, in order, through the scam
 * shield's moderation desk (scams and leaked secrets are dealt with before anything answers them;
 * moderators' buttons and {@code /report}, which the shield never holds against the member
 * reporting), staff's {@code /console} for a sign-in link to the web console, incident mode's
 * staff commands, the ticket desk (staff spaces, members with a
 * ticket) and the conversation engine; incident mode then sees what was decided (it counts the
 * question, puts an open incident's status first, holds a new ticket with its incident).
 * Adapters report what became of the bot's own decisions the same way ({@link TicketSpaceOpened},
 * {@link PrivateMessageRefused}) go to the ticket desk, {@link AnnouncementPosted} to incident mode. A message carries the language it
 * is to be answered in (the conversation engine {@linkplain ConversationEngine#languageOf decides
 * it}), so that all three speak to the member in the same language; it is decided the first time a
 * feature asks for it, so group chatter that nobody answers or counts costs no conversation read
 * and no language detection. Adapters carry the decisions
 * out in the order returned, each on the platform of the chat it targets (a Discord agent's reply
 * goes to a Telegram member).
 *
 * <p>Never throws on an event: a failure inside a feature is logged (without the message text;
 * the first of each kind with its trace, then a line a minute, {@link FailureLog})
 * and, in a private chat, the member gets an apology instead of silence. Every event, once
 * decided, is reported with its decisions and the time deciding took to {@link BotMetrics}.
 * Thread-safe; blocks only as long as the features' ports do.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final ModerationDesk moderation;
    private final TicketDesk desk;
    private final IncidentDesk incidents;
    private final ConsoleCommand console;
    private final ConversationEngine engine;
    private final BotMetrics metrics;
    private final FailureLog failures = new FailureLog(log);

    /**
     * A bot that reports every handled event, its decisions and how long it took to {@code metrics}.
     */
    public Bot(
            ModerationDesk moderation,
            TicketDesk desk,
            IncidentDesk incidents,
            ConsoleCommand console,
            ConversationEngine engine,
            BotMetrics metrics) {
        this.moderation = moderation;
        this.desk = desk;
        this.incidents = incidents;
        this.console = console;
        this.engine = engine;
        this.metrics = metrics;
    }

    /** Decides what to do about one inbound event; an empty list means do nothing. */
    public List<Decision> handle(Inbound inbound) {
        long started = System.nanoTime();
        Inbound event = inbound;
        List<Decision> decisions;
        try {
            if (inbound instanceof InboundMessage message) {
                event = message.decidingLanguage(() -> engine.languageOf(message));
            }
            decisions = decide(event);
        } catch (RuntimeException e) {
            decisions = failed(inbound, e);
        }
        report(event, decisions, Duration.ofNanos(System.nanoTime() - started));
        return decisions;
    }

    private List<Decision> decide(Inbound inbound) {
        return switch (inbound) {
            case InboundMessage message -> onMessage(message);
            case ChoiceSelected choice ->
                moderation
                        .choice(choice)
                        .or(() -> incidents.choice(choice))
                        .orElseGet(() -> desk.handle(choice, engine::handle));
            case MemberJoined joined -> moderation.joined(joined);
            case TicketSpaceOpened opened -> {
                desk.spaceOpened(opened);
                yield List.of();
            }
            case PrivateMessageRefused refused -> desk.memberUnreachable(refused.ticket());
            case AnnouncementPosted posted -> incidents.announcementPosted(posted);
        };
    }

    private List<Decision> failed(Inbound inbound, RuntimeException e) {
        failures.failed(
                "handling a " + inbound.getClass().getSimpleName() + " event",
                inbound.author().platform() + " chat " + inbound.chat().id(),
                e);
        return fromMember(inbound)
                        && inbound.chat().isPrivate()
                        && !inbound.author().bot()
                ? List.of(Reply.of(ReplyTarget.chat(inbound.chat()), engine.apology(language(inbound))))
                : List.of();
    }

    /** Metrics are never worth an event: a failing meter is logged like a failing feature. */
    private void report(Inbound event, List<Decision> decisions, Duration took) {
        try {
            metrics.handled(event, decisions, took);
        } catch (RuntimeException e) {
            failures.failed(
                    "reporting metrics",
                    event.author().platform() + " chat " + event.chat().id(),
                    e);
        }
    }

    private List<Decision> onMessage(InboundMessage message) {
        ModerationDesk.Screening screening = moderation.screen(message);
        if (screening.stop()) {
            return screening.decisions();
        }
        List<Decision> out = new ArrayList<>(screening.decisions());
        Optional<ModerationCommands.Result> command = moderation.command(message);
        if (command.isPresent()) {
            out.addAll(command.get().decisions());
            ModerationCase report = command.get().urgentReport();
            if (report != null) {
                out.addAll(desk.scamReport(
                        message.author(),
                        new ConversationKey(message.chat(), message.author().id()),
                        ReplyTarget.replyTo(message),
                        scamReport(report, message)));
            }
            return out;
        }
        Optional<List<Decision>> signIn = console.handle(message);
        if (signIn.isPresent()) {
            out.addAll(signIn.get());
            return out;
        }
        Optional<List<Decision>> incident = incidents.command(message);
        if (incident.isPresent()) {
            out.addAll(incident.get());
            return out;
        }
        out.addAll(incidents.afterAnswer(message, desk.handle(message, engine::handle)));
        out.addAll(incidents.addedToReport(message));
        return out;
    }

    /** A member's own message or press, which deserves an apology when it fails; not a delivery report. */
    private static boolean fromMember(Inbound inbound) {
        return inbound instanceof InboundMessage || inbound instanceof ChoiceSelected;
    }

    private static @Nullable String language(Inbound inbound) {
        return inbound instanceof InboundMessage message ? message.languageHint() : null;
    }

    /** The ticket's view of a report: the quoted message, if any, apart from the member's own words. */
    private static ScamReport scamReport(ModerationCase report, InboundMessage message) {
        boolean quoted = report.author() != null;
        String words = quoted ? report.reporterWords() : report.text();
        return new ScamReport(quoted ? report.text() : null, words == null ? "" : words, message.languageHint());
    }
}
