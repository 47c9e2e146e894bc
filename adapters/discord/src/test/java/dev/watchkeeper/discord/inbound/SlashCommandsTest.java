package dev.watchkeeper.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

    @Test
    void mapsEachCommandToTheCoreCommandItStandsForWithTheWordsThatTypeIt() {
        assertThat(SlashCommands.input("ticket", List.of()))
                .contains(new CommandInput("/human", new BotCommand("human", "")));
        assertThat(SlashCommands.input("help", List.of()))
                .contains(new CommandInput("/help", new BotCommand("help", "")));
        assertThat(SlashCommands.input("faq", List.of(option("words", " withdrawal  fees "))))
                .contains(new CommandInput("/faq withdrawal  fees", new BotCommand("faq", "withdrawal  fees")));
        assertThat(SlashCommands.input("report", List.of()))
                .contains(new CommandInput("/report", new BotCommand("report", "")));
        assertThat(SlashCommands.input("cases", List.of()))
                .contains(new CommandInput("/cases", new BotCommand("cases", "")));
        assertThat(SlashCommands.input("console", List.of()))
                .contains(new CommandInput("/console", new BotCommand("console", "")));
        assertThat(SlashCommands.reportMessage()).isEqualTo(new CommandInput("/report", new BotCommand("report", "")));
        assertThat(SlashCommands.input("unknown", List.of())).isEmpty();
    }

    @Test
    void anAskedQuestionIsNoCommandUnlessItsWordsAreOne() {
        assertThat(SlashCommands.input("ask", List.of(option("question", "where is my deposit?"))))
                .contains(new CommandInput("where is my deposit?", null));
        assertThat(SlashCommands.input("ask", List.of(option("question", "/human now"))))
                .contains(new CommandInput("/human now", new BotCommand("human", "now")));
        assertThat(SlashCommands.input("ask", List.of())).contains(new CommandInput("", null));
    }

    @Test
    void mapsTheModeratorsDomainCommandsToTheirTypedForm() {
        assertThat(SlashCommands.input("deny", List.of(domain("scam.example.com"))))
                .contains(new CommandInput("/deny scam.example.com", new BotCommand("deny", "scam.example.com")));
        assertThat(SlashCommands.input("allow", List.of(domain(" docs.example.org "))))
                .contains(new CommandInput("/allow docs.example.org", new BotCommand("allow", "docs.example.org")));
        assertThat(SlashCommands.input("unlist", List.of(domain("example.net"))).map(CommandInput::text))
                .contains("/unlist example.net");
    }

    @Test
    void showsTheModeratorsCommandsOnlyInServersAndOnlyToMembersWhoManageMessages() {
        String manageMessages = Long.toString(Permission.MESSAGE_MANAGE.getRawValue());

        assertThat(SlashCommands.definitions())
                .filteredOn(c -> List.of("allow", "deny", "unlist", "cases").contains(c.getName()))
                .hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.getContexts()).containsExactly(InteractionContextType.GUILD);
                    assertThat(c.getDefaultPermissions().getPermissionsRaw()).isEqualTo(Long.valueOf(manageMessages));
                });
        assertThat(SlashCommands.definitions())
                .filteredOn(c -> c.getName().equals("ask"))
                .singleElement()
                .satisfies(c -> assertThat(c.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED));
    }

    @Test
    void showsStaffsConsoleCommandInServersAndDirectMessagesToEveryone() {
        assertThat(SlashCommands.definitions())
                .filteredOn(c -> c.getName().equals("console"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getContexts())
                            .containsExactlyInAnyOrder(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
                    assertThat(c.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
                });
    }

    @Test
    void definesTheSlashCommandsAndTheReportContextMenu() {
        assertThat(SlashCommands.definitions())
                .extracting(CommandData::getName)
                .containsExactly(
                        "ask",
                        "faq",
                        "report",
                        "ticket",
                        "help",
                        "allow",
                        "deny",
                        "unlist",
                        "cases",
                        "console",
                        SlashCommands.REPORT_MESSAGE);
    }

    @Test
    void reportsAndTicketsAreAnsweredOnlyToWhoAsked() {
        assertThat(SlashCommands.answersPrivately("report")).isTrue();
        assertThat(SlashCommands.answersPrivately("ticket")).isTrue();
        assertThat(SlashCommands.answersPrivately("deny")).isTrue();
        assertThat(SlashCommands.answersPrivately("cases")).isTrue();
        assertThat(SlashCommands.answersPrivately("console")).isTrue();
        assertThat(SlashCommands.answersPrivately("ask")).isFalse();
    }

    private static OptionMapping domain(String value) {
        return option("domain", value);
    }

    private static OptionMapping option(String name, String value) {
        return new OptionMapping(
                DataObject.empty()
                        .put("name", name)
                        .put("type", OptionType.STRING.getKey())
                        .put("value", value),
                null,
                null,
                null);
    }

    @Test
    void recognisesATicketsCloseButtonAndTurnsItsModalIntoACloseCommand() {
        TicketId ticket = TicketId.parse("WK-1000").orElseThrow();

        assertThat(CloseTicketModal.closes(TicketChoices.close(ticket))).contains(ticket);
        assertThat(CloseTicketModal.closes(TicketChoices.claim(ticket))).isEmpty();
        assertThat(CloseTicketModal.ticketOf(CloseTicketModal.forTicket(ticket).getId()))
                .contains(ticket);
        assertThat(CloseTicketModal.command(ticket, " fixed it "))
                .isEqualTo(new CommandInput("/close WK-1000 fixed it", new BotCommand("close", "WK-1000 fixed it")));
        assertThat(CloseTicketModal.command(ticket, "").command()).isEqualTo(new BotCommand("close", "WK-1000"));
    }
}
