package dev.watchkeeper.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.TicketChoices;
import dev.watchkeeper.core.ticket.TicketId;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

    @Test
    void mapsEachCommandToTheChatCommandItStandsFor() {
        assertThat(SlashCommands.text("ticket", List.of())).contains("/human");
        assertThat(SlashCommands.text("help", List.of())).contains("/help");
        assertThat(SlashCommands.text("faq", List.of())).contains("/faq");
        assertThat(SlashCommands.text("report", List.of())).contains("/report");
        assertThat(SlashCommands.text("ask", List.of())).contains("");
        assertThat(SlashCommands.text("unknown", List.of())).isEmpty();
    }

    @Test
    void definesTheSlashCommandsAndTheReportContextMenu() {
        assertThat(SlashCommands.definitions())
                .extracting(CommandData::getName)
                .containsExactly("ask", "faq", "report", "ticket", "help", SlashCommands.REPORT_MESSAGE);
    }

    @Test
    void reportsAndTicketsAreAnsweredOnlyToWhoAsked() {
        assertThat(SlashCommands.answersPrivately("report")).isTrue();
        assertThat(SlashCommands.answersPrivately("ticket")).isTrue();
        assertThat(SlashCommands.answersPrivately("ask")).isFalse();
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
