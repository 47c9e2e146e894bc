package dev.watchkeeper.web;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.moderation.CaseButtons;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.signin.ConsoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's one way in: each action a staff member takes on a page becomes the event the same
 * action is in chat (a case button pressed in the moderators' chat, a staff command typed in the
 * staff chat of the member's platform), with the platform identity and roles of their sign-in,
 * and goes to {@link Bot#handle}: the core checks the roles, records the audit and decides. What
 * it says back to the presser (the private notice a button press gets, the reply to a command) is
 * returned to be shown on the page; every other decision (the ban, the relayed reply, the updated
 * card) goes to the platforms through {@link Outbound}. Each action is also recorded in the audit
 * log as taken from the console. Thread-safe; blocks while the bot and the outbound do.
 */
public final class ConsoleGateway {
    /** A console message's id: never a platform's, so replies to it are known as the console's. */
    private static final String CONSOLE_MESSAGE = "console-";

    private final Bot bot;
    private final Outbound outbound;
    private final StaffChats chats;
    private final AuditLog audit;
    private final Clock clock;

    public ConsoleGateway(Bot bot, Outbound outbound, StaffChats chats, AuditLog audit, Clock clock) {
        this.bot = bot;
        this.outbound = outbound;
        this.chats = chats;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What became of an action: what the bot said to the presser, and how many decisions went to
     * the platforms.
     *
     * @param notices the bot's words to the presser, in order
     * @param sent the number of decisions handed to the platforms
     */
    public record Outcome(List<String> notices, int sent) {
        public Outcome {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Presses one of a case's buttons ({@link CaseButtons#offered}) as the member would in the
     * moderators' chat of their platform. An action the case does not offer is refused here.
     */
    public Outcome pressCase(ConsoleGrant who, ModerationCase moderationCase, String action) {
        Optional<String> token =
                Optional.ofNullable(CaseButtons.offered(moderationCase).get(action));
        if (token.isEmpty()) {
            return new Outcome(List.of("Case " + moderationCase.id().value() + " does not offer " + action + "."), 0);
        }
        Instant now = clock.instant();
        ChatRef chat = chats.moderatorChatFor(who.user().platform(), moderationCase.chat());
        record(who, "case " + action, moderationCase.id().value(), now);
        ChoiceSelected press = new ChoiceSelected(chat, who.user(), token.get(), null, now, who.platformRoles());
        return carryOut(
                bot.handle(press),
                d -> d instanceof PrivateNotice n && n.recipient().equals(who.user()));
    }

    /**
     * Runs a staff command ({@code /claim WK-1042}, {@code /reply WK-1042 text}, {@code /note …},
     * {@code /kb …}, {@code /close …}, {@code /release …}, {@code /transfer …}) as the member would
     * type it in the staff chat of their platform. Text that is not a command is refused here.
     */
    public Outcome staffCommand(ConsoleGrant who, String commandLine) {
        Optional<BotCommand> command = BotCommand.parse(commandLine, List.of());
        if (command.isEmpty()) {
            return new Outcome(List.of("Not a staff command."), 0);
        }
        Instant now = clock.instant();
        ChatRef chat = chats.staffChatFor(who.user().platform());
        MessageRef id = new MessageRef(chat, CONSOLE_MESSAGE + UUID.randomUUID());
        record(who, "command /" + command.get().name(), command.get().firstArgument(), now);
        InboundMessage typed = InboundMessage.builder(id, who.user(), now)
                .roles(who.platformRoles())
                .text(commandLine)
                .command(command.get())
                .build();
        return carryOut(
                bot.handle(typed),
                d -> d instanceof Reply r && id.equals(r.to().replyTo())
                        || d instanceof PrivateNotice n && n.recipient().equals(who.user()));
    }

    private Outcome carryOut(List<Decision> decisions, java.util.function.Predicate<Decision> toPresser) {
        List<String> notices = new ArrayList<>();
        List<Decision> onward = new ArrayList<>();
        for (Decision decision : decisions) {
            if (toPresser.test(decision)) {
                notices.add(textOf(decision));
            } else {
                onward.add(decision);
            }
        }
        if (!onward.isEmpty()) {
            outbound.send(onward);
        }
        return new Outcome(notices, onward.size());
    }

    private static String textOf(Decision decision) {
        return switch (decision) {
            case PrivateNotice n -> n.text();
            case Reply r -> r.text();
            default -> Objects.toString(decision);
        };
    }

    private void record(ConsoleGrant who, String action, String subject, Instant now) {
        audit.record(new AuditEntry(now, ModeratorRoster.key(who.user()), "console " + action, subject, "web console"));
    }
}
