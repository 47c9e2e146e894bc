package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ticket speaks to its member in the member's language, and the staff card says which. */
class TicketLanguageTest {
    private final DeskFixture f = new DeskFixture();

    @Test
    void aSpanishMembersTicketNoticesAreInSpanishAndTheCardShowsTheLanguage() {
        List<Decision> opened =
                f.send(f.message(ALICE_DM, ALICE, null, "talk to a person").inLanguage("es"));

        assertThat(only(opened, Reply.class))
                .anySatisfy(r -> assertThat(r.text()).startsWith("He abierto el ticket"));
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.language()).isEqualTo("es");
        assertThat(new TicketCards(new dev.watchkeeper.core.ticket.text.PiiMasker(), StaffTexts.english()).card(ticket))
                .contains("Language: Spanish (es)");
    }

    @Test
    void anEnglishOnlyArticleAnAgentSendsStartsWithTheNoteInTheMembersLanguage() {
        f.send(f.message(ALICE_DM, ALICE, null, "talk to a person").inLanguage("pt"));
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        f.desk.spaceOpened(ticket.id(), new StaffSpace(DeskFixture.STAFF, DeskFixture.THREAD));
        f.press(DeskFixture.STAFF, BOB, TicketChoices.claim(ticket.id()));

        List<Decision> kb = f.agentInThread(BOB, "/kb deposit-missing");

        assertThat(only(kb, SendPrivate.class)).singleElement().satisfies(dm -> assertThat(dm.text())
                .contains("_Este artigo só está disponível em inglês._")
                .startsWith("**Suporte · " + ticket.id() + ":**"));
    }

    @Test
    void erasureButtonsAreInTheMembersLanguage() {
        List<Decision> confirm =
                f.send(f.message(ALICE_DM, ALICE, null, "/forgetme").inLanguage("tr"));

        assertThat(only(confirm, Reply.class).getFirst().options())
                .extracting(Choice::label)
                .containsExactly("Verilerimi sil", "İptal");
    }
}
