package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static dev.watchkeeper.core.ticket.DeskFixture.ALICE_DM;
import static dev.watchkeeper.core.ticket.DeskFixture.BOB;
import static dev.watchkeeper.core.ticket.DeskFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff read the desk in the staff language while each member keeps their own. */
class StaffLanguageTest {
    private final DeskFixture f = new DeskFixture("ru");

    @Test
    void aRussianStaffReadsTheCardInRussianWhileTheSpanishMemberIsToldInSpanish() {
        List<Decision> opened =
                f.send(f.message(ALICE_DM, ALICE, null, "talk to a person").inLanguage("es"));

        assertThat(only(opened, Reply.class))
                .anySatisfy(r -> assertThat(r.text()).startsWith("He abierto el ticket"));
        OpenTicketSpace space = only(opened, OpenTicketSpace.class).getFirst();
        assertThat(space.card())
                .contains(
                        "· другое · обычный · открыто",
                        "Пользователь: Alice (@alice) · telegram",
                        "Язык: испанский (es)",
                        "причина: попросил сотрудника",
                        "Последние сообщения:")
                .doesNotContain("Member:", "Opened:");
        assertThat(space.actions()).extracting(Choice::label).containsExactly("Взять", "Закрыть");
    }

    @Test
    void staffRepliesAreInRussianAndTheMembersNoticeInSpanish() {
        f.send(f.message(ALICE_DM, ALICE, null, "talk to a person").inLanguage("es"));
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        f.desk.spaceOpened(ticket.id(), new StaffSpace(DeskFixture.STAFF, DeskFixture.THREAD));

        List<Decision> claimed = f.press(DeskFixture.STAFF, BOB, TicketChoices.claim(ticket.id()));

        assertThat(only(claimed, PostToTicketSpace.class).getFirst().text()).startsWith("Bob взял обращение в работу");
        assertThat(only(claimed, SendPrivate.class).getFirst().text())
                .contains(ticket.id().value());
        assertThat(only(claimed, SendPrivate.class).getFirst().text()).doesNotContain("взял");
        assertThat(only(f.agentInThread(BOB, "/stats"), Reply.class).getFirst().text())
                .startsWith("**Статистика поддержки**")
                .contains("Обращений: 1", "По категориям: другое 1");
    }

    @Test
    void aStaffLanguageTheBotDoesNotSpeakIsRefused() {
        assertThatThrownBy(() -> f.settings.withStaffLanguage("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }
}
