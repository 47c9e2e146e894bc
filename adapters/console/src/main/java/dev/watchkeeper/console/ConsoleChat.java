package dev.watchkeeper.console;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.model.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The embedded demo: one person plays every part on a terminal or a pipe. Each input line is a
 * message from the current persona (the member in a private chat by default; {@code /group} for
 * the public group, {@code /agent} for the support agent in the staff chat); each decision is
 * printed with where it goes. Typing the number of an offered choice presses it. An incident's
 * announcement is reported back to the bot under a demo message id ({@code announcement-1}, …),
 * so that the incident's updates print as edits of it. Ends at end of input or on {@code /quit}.
 *
 * <p>{@link #run()} runs on the calling thread and blocks reading input; {@link #send} may be
 * called from any thread (scheduled alerts) and prints between the chat's own lines.
 */
public final class ConsoleChat implements Outbound {
    private static final String INTRO = "Watchkeeper demo. You are a member chatting privately with the bot.\n"
            + "Switch who you are with /member, /group (the public group; mention @watchkeeper there)\n"
            + "/agent [ticket] (a support agent in the staff chat) and /mod (a moderator in the\n"
            + "moderators' chat). /help lists the bot's commands, /spike replays a crowd of members\n"
            + "asking about one problem (the staff alert appears; /agent, then its number, opens an\n"
            + "incident), /quit leaves. Type a choice's number to press it.";
    /** The bot's handle in the demo: {@code @watchkeeper} addresses it, {@code /help@watchkeeper} too. */
    private static final String HANDLE = "watchkeeper";

    private final Bot bot;
    private final ConsoleRenderer renderer;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Clock clock;
    private final boolean interactive;
    private final Map<String, List<Choice>> offered = new HashMap<>();
    private ConsolePersona persona = ConsolePersona.member();
    private @Nullable String agentThread;
    private long messageCount;
    private long announcements;

    /**
     * @param interactive true for a person at a terminal: the introduction and prompts are shown;
     *     false for piped input, where only the bot's output is printed
     */
    public ConsoleChat(
            Bot bot, ConsoleRenderer renderer, BufferedReader in, PrintWriter out, Clock clock, boolean interactive) {
        this.bot = bot;
        this.renderer = renderer;
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.interactive = interactive;
    }

    /** Chats until end of input or {@code /quit}; returns the number of events handled. */
    public long run() {
        if (interactive) {
            out.println(INTRO);
        }
        String line;
        while ((line = nextLine()) != null) {
            String text = line.strip();
            BotCommand command = BotCommand.parse(text, Set.of(HANDLE)).orElse(null);
            if (command != null
                    && (command.name().equals("quit") || command.name().equals("exit"))) {
                break;
            }
            if (!text.isEmpty() && !switchPersona(command)) {
                handle(inbound(text, command));
            }
        }
        out.flush();
        return messageCount;
    }

    /** Switches persona on the demo's own commands, which are not the bot's. */
    private boolean switchPersona(@Nullable BotCommand command) {
        if (command == null) {
            return false;
        }
        switch (command.name()) {
            case "member" -> persona = ConsolePersona.member();
            case "group" -> persona = ConsolePersona.group();
            case "mod" -> persona = ConsolePersona.moderator();
            case "agent" -> {
                persona = ConsolePersona.agent();
                if (!command.firstArgument().isEmpty()) {
                    agentThread = command.firstArgument().toUpperCase(Locale.ROOT);
                }
            }
            case "spike" -> {
                spike();
                return true;
            }
            default -> {
                return false;
            }
        }
        out.println("(you are now " + describe(persona) + ")");
        out.flush();
        return true;
    }

    private synchronized Inbound inbound(String text, @Nullable BotCommand command) {
        messageCount++;
        String thread = persona.chat().equals(ConsolePersona.STAFF_CHAT) ? agentThread : null;
        List<Choice> choices = offered.getOrDefault(key(persona.chat(), thread), List.of());
        if (text.matches("[1-9]") && Integer.parseInt(text) <= choices.size()) {
            String action = choices.get(Integer.parseInt(text) - 1).action();
            return new ChoiceSelected(persona.chat(), persona.user(), action, null, clock.instant());
        }
        ChatRef chat = persona.chat();
        boolean mentions = text.toLowerCase(Locale.ROOT).contains("@" + HANDLE);
        return InboundMessage.builder(
                        new MessageRef(chat, Long.toString(messageCount)), persona.user(), clock.instant())
                .thread(thread)
                .text(text)
                .mentionsBot(mentions)
                .command(command)
                .build();
    }

    /**
     * Replays a crowd: each line of the demo's spike file is a member of its own asking in private,
     * in their language. Their answers are not printed (they are the usual ones); what goes to the
     * staff chat is, so the alert shows as it would on a platform.
     */
    private void spike() {
        List<String[]> crowd = SpikeCrowd.lines();
        List<Decision> toStaff = new java.util.ArrayList<>();
        for (int i = 0; i < crowd.size(); i++) {
            UserRef member = new UserRef(Platform.CONSOLE, "crowd-" + (i + 1), null, "Member " + (i + 1), false);
            ChatRef chat = new ChatRef(Platform.CONSOLE, member.id(), ChatType.PRIVATE);
            InboundMessage message = InboundMessage.builder(
                            new MessageRef(chat, "crowd-" + (i + 1)), member, clock.instant())
                    .text(crowd.get(i)[1])
                    .languageHint(crowd.get(i)[0])
                    .build();
            bot.handle(message).stream()
                    .filter(d -> d.to().chat().equals(ConsolePersona.STAFF_CHAT))
                    .forEach(toStaff::add);
        }
        long languages = crowd.stream().map(line -> line[0]).distinct().count();
        out.println("(" + crowd.size() + " members asked the bot privately about one problem, in " + languages
                + " languages; their answers are not shown)");
        out.println();
        send(toStaff);
    }

    private void handle(Inbound inbound) {
        send(bot.handle(inbound));
    }

    /** Prints the decisions with where each goes, and remembers their choices for number picks. */
    @Override
    public synchronized void send(List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof OpenTicketSpace open) {
                // the demo's staff threads are named by their ticket's id
                String opened = open.ticketId().value();
                handle(new TicketSpaceOpened(
                        ConsolePersona.STAFF_CHAT, opened, open.ticketId(), ConsolePersona.BOT, clock.instant()));
                agentThread = opened;
            }
            String thread = decision instanceof OpenTicketSpace open
                    ? open.ticketId().value()
                    : decision.to().threadId();
            List<Choice> choices = renderer.choices(decision);
            if (!choices.isEmpty()) {
                offered.put(key(decision.to().chat(), thread), choices);
            }
            out.println("bot → " + where(decision, thread) + ": "
                    + renderer.render(decision).replace("\n", "\n    "));
            out.println();
            if (decision instanceof PostAnnouncement announcement) {
                // the demo's announcements are numbered, so that updates print as edits of one
                announcements++;
                handle(new AnnouncementPosted(
                        announcement.to().chat(),
                        new MessageRef(announcement.to().chat(), "announcement-" + announcements),
                        announcement.incident(),
                        ConsolePersona.BOT,
                        clock.instant()));
            }
        }
        out.flush();
    }

    private static String key(ChatRef chat, @Nullable String thread) {
        return chat.id() + "/" + Optional.ofNullable(thread).orElse("");
    }

    /**
     * Who reads the decision: a private message names its recipient unless it is the member ("you
     * (private)"), so that the agent's own transcript is not taken for a message to the member.
     */
    private static String where(Decision decision, @Nullable String thread) {
        return switch (decision) {
            case PrivateNotice notice -> notice.recipient().shownName() + " only";
            case SendPrivate message
            when !message.recipient().equals(ConsolePersona.MEMBER) ->
                message.recipient().shownName() + " (private)";
            default -> where(decision.to().chat(), thread);
        };
    }

    private static String where(ChatRef chat, @Nullable String thread) {
        if (chat.equals(ConsolePersona.STAFF_CHAT)) {
            return thread == null ? "staff" : "staff " + thread;
        }
        if (chat.equals(ConsolePersona.MODERATOR_CHAT)) {
            return "moderators";
        }
        return chat.isPrivate() ? "you (private)" : "group";
    }

    private String describe(ConsolePersona p) {
        return switch (p.name()) {
            case "agent" -> "Agent Alex in the staff chat" + (agentThread == null ? "" : ", ticket " + agentThread);
            case "group" -> "the member in the public group";
            case "mod" -> "Moderator Mia in the moderators' chat";
            default -> "the member in a private chat";
        };
    }

    private @Nullable String nextLine() {
        if (interactive) {
            out.print(persona.prompt());
            out.flush();
        }
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console", e);
        }
    }
}
