package dev.watchkeeper.discord.inbound;

import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.BotCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The bot's application commands and the chat commands they stand for: {@code /ask} is a question
 * to the bot, {@code /faq}, {@code /report} and {@code /help} are the core's commands of the same
 * name, {@code /ticket} is the core's {@code /human}, and the "Report message" context-menu command
 * is {@code /report} quoting the message. The moderators' {@code /allow}, {@code /deny}, {@code
 * /unlist} and {@code /cases} are shown by default only to members with Manage Messages (server
 * admins can change that per role); the core still checks the moderator roster, since what
 * Discord shows is a server's setting, not the bot's. Staff's {@code /console} (a sign-in link to
 * the web console, sent by DM) is shown in servers and DMs to everyone, since agents need not
 * manage messages; the core answers it only to staff, and in a server only to who used it.
 * Stateless.
 */
public final class SlashCommands {
    /** The context-menu command on messages. */
    public static final String REPORT_MESSAGE = "Report message";

    private static final Set<String> MODERATOR_COMMANDS = Set.of("allow", "deny", "unlist", "cases");

    private SlashCommands() {}

    /** The commands to register at start-up, with the bundled texts. */
    public static List<CommandData> definitions() {
        return definitions(MessageCatalog.bundled());
    }

    /**
     * The commands to register at start-up. The members' commands are described in each of the
     * bot's languages from the {@code commands} message bundle (Discord shows a member the
     * description of their client's language); the moderators' stay in English.
     */
    public static List<CommandData> definitions(MessageCatalog texts) {
        InteractionContextType[] anywhere = {InteractionContextType.GUILD, InteractionContextType.BOT_DM};
        CommandTexts t = new CommandTexts(texts);
        return List.of(
                t.describe(Commands.slash("ask", t.english("ask")), "ask")
                        .addOptions(t.option("question", "ask.question", true))
                        .setContexts(anywhere),
                t.describe(Commands.slash("faq", t.english("faq")), "faq")
                        .addOptions(t.option("words", "faq.words", false))
                        .setContexts(anywhere),
                t.describe(Commands.slash("report", t.english("report")), "report")
                        .addOptions(t.option("details", "report.details", false))
                        .setContexts(InteractionContextType.GUILD),
                t.describe(Commands.slash("ticket", t.english("ticket")), "ticket")
                        .setContexts(anywhere),
                t.describe(Commands.slash("help", t.english("help")), "help").setContexts(anywhere),
                domainCommand("allow", "Put a domain on the community's allow list"),
                domainCommand("deny", "Put a domain on the community's deny list"),
                domainCommand("unlist", "Take a domain off the community's lists"),
                forModerators(Commands.slash("cases", "List the open moderation cases")),
                t.describe(Commands.slash("console", t.english("console")), "console")
                        .setContexts(anywhere),
                t.name(Commands.message(REPORT_MESSAGE), "reportMessage").setContexts(InteractionContextType.GUILD));
    }

    private static SlashCommandData domainCommand(String name, String description) {
        return forModerators(Commands.slash(name, description)
                .addOption(OptionType.STRING, "domain", "The domain, for example example.com", true));
    }

    private static SlashCommandData forModerators(SlashCommandData command) {
        return command.setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
    }

    /**
     * What a slash command stands for, from its name and options; empty for a command the bot does
     * not know.
     */
    public static Optional<CommandInput> input(String name, List<OptionMapping> options) {
        String argument = options.stream()
                .map(OptionMapping::getAsString)
                .reduce((a, b) -> a + " " + b)
                .orElse("")
                .strip();
        return switch (name) {
            case "ask" -> Optional.of(CommandInput.question(argument));
            case "faq", "report", "allow", "deny", "unlist" ->
                Optional.of(CommandInput.of(new BotCommand(name, argument)));
            case "ticket" -> Optional.of(CommandInput.of(new BotCommand("human", "")));
            case "help", "cases", "console" -> Optional.of(CommandInput.of(new BotCommand(name, "")));
            default -> Optional.empty();
        };
    }

    /** What the "Report message" action stands for: {@code /report}, quoting the message. */
    public static CommandInput reportMessage() {
        return CommandInput.of(new BotCommand("report", ""));
    }

    /** True when the command's answer should be seen only by who used it. */
    public static boolean answersPrivately(String name) {
        return name.equals("report")
                || name.equals("ticket")
                || name.equals(REPORT_MESSAGE)
                || name.equals("console")
                || MODERATOR_COMMANDS.contains(name);
    }
}
