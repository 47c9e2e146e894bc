package dev.watchkeeper.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.TicketId;
import org.junit.jupiter.api.Test;

class TicketActionTest {
    private static final TicketId ID = TicketId.of("WK", 1042);

    @Test
    void eachActionIsTheStaffCommandOfTheTicket() {
        assertThat(TicketAction.CLAIM.commandLine(ID, "")).isEqualTo("/claim WK-1042");
        assertThat(TicketAction.RELEASE.commandLine(ID, "ignored")).isEqualTo("/release WK-1042");
        assertThat(TicketAction.TRANSFER.commandLine(ID, " @kai ")).isEqualTo("/transfer WK-1042 @kai");
        assertThat(TicketAction.REPLY.commandLine(ID, "Hi Sam,\nit is on its way."))
                .isEqualTo("/reply WK-1042 Hi Sam,\nit is on its way.");
        assertThat(TicketAction.NOTE.commandLine(ID, "checked")).isEqualTo("/note WK-1042 checked");
        assertThat(TicketAction.KB.commandLine(ID, "deposit-missing")).isEqualTo("/kb WK-1042 deposit-missing");
        assertThat(TicketAction.CLOSE.commandLine(ID, "")).isEqualTo("/close WK-1042");
        assertThat(TicketAction.CLOSE.commandLine(ID, "refunded")).isEqualTo("/close WK-1042 refunded");
    }

    @Test
    void findsActionsByTheirPathSegmentOnly() {
        assertThat(TicketAction.of("kb")).contains(TicketAction.KB);
        assertThat(TicketAction.of("KB")).isEmpty();
        assertThat(TicketAction.of("stats")).isEmpty();
    }

    @Test
    void refusesAMissingArgumentOrAHandleOfSeveralWords() {
        assertThatThrownBy(() -> TicketAction.REPLY.commandLine(ID, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Write the reply first.");
        assertThatThrownBy(() -> TicketAction.TRANSFER.commandLine(ID, "@kai /close WK-1042"))
                .hasMessage("An agent's handle is one word, such as @alex.");
        assertThatThrownBy(() -> TicketAction.KB.commandLine(ID, "")).hasMessage("Choose a knowledge-base entry.");
    }
}
