package dev.watchkeeper.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.TicketChoices;
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
    void mapsEachCommandToTheChatCommandItStandsFor() {
        assertThat(SlashCommands.text("ticket", List.of())).contains("/human");
        assertThat(SlashCommands.text("help", List.of())).contains("/help");
        assertThat(SlashCommands.text("faq", List.of())).contains("/faq");
        assertThat(SlashCommands.text("report", List.of())).contains("/report");
        assertThat(SlashCommands.text("ask", List.of())).contains("");
        assertThat(SlashCommands.text("cases", List.of())).contains("/cases");
        assertThat(SlashCommands.text("unknown", List.of())).isEmpty();
    }

    @Test
    void mapsTheModeratorsDomainCommandsToTheirTypedForm() {
        assertThat(SlashCommands.text("deny", List.of(domain("scam.example.com"))))
                .contains("/deny scam.example.com");
        assertThat(SlashCommands.text("allow", List.of(domain(" docs.example.org "))))
                .contains("/allow docs.example.org");
        assertThat(SlashCommands.text("unlist", List.of(domain("example.net")))).contains("/unlist example.net");
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
                        SlashCommands.REPORT_MESSAGE);
    }

    @Test
    void reportsAndTicketsAreAnsweredOnlyToWhoAsked() {
        assertThat(SlashCommands.answersPrivately("report")).isTrue();
        assertThat(SlashCommands.answersPrivately("ticket")).isTrue();
        assertThat(SlashCommands.answersPrivately("deny")).isTrue();
        assertThat(SlashCommands.answersPrivately("cases")).isTrue();
        assertThat(SlashCommands.answersPrivately("ask")).isFalse();
    }

    private static OptionMapping domain(String value) {
        return new OptionMapping(
                DataObject.empty()
                        .put("name", "domain")
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
        assertThat(CloseTicketModal.command(ticket, " fixed it ")).isEqualTo("/close WK-1000 fixed it");
    }
}
