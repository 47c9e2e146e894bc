package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lost access is a routine account ticket; only a member who was hacked or scammed gets the checklist. */
class TicketLostAccessTest {
    private static final String CHECKLIST = "Move the remaining funds to a new wallet";

    private final DeskFixture f = new DeskFixture();

    @Test
    void aMemberWhoLostTheir2faPhoneAndAsksForAHumanGetsARoutineAccountTicket() {
        List<Decision> decisions =
                new ArrayList<>(f.alicePrivately("I lost my phone with the 2FA app, lost phone 2fa"));
        decisions.addAll(f.alicePrivately("/human"));

        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.category()).isEqualTo(Category.ACCOUNT);
        assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
        assertThat(texts(decisions)).noneMatch(text -> text.contains(CHECKLIST));
        assertThat(decisions).noneMatch(StaffAlert.class::isInstance);
    }

    @Test
    void aRoutineLockOutOpensNoUrgentTicketAndSendsNoChecklist() {
        List<Decision> decisions = f.alicePrivately("my account got locked after too many password attempts");

        assertThat(f.tickets.openTicketOf(AccountId.of(ALICE))).isEmpty();
        assertThat(texts(decisions)).noneMatch(text -> text.contains(CHECKLIST));

        f.alicePrivately("/human");
        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.category()).isEqualTo(Category.ACCOUNT);
        assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aMemberWhoWasHackedStillGetsAnUrgentSecurityTicketAndTheChecklist() {
        List<Decision> decisions = f.alicePrivately("I lost access because I was hacked, they drained my wallet");

        Ticket ticket = f.tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        assertThat(ticket.category()).isEqualTo(Category.SECURITY);
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(texts(decisions)).anyMatch(text -> text.contains(CHECKLIST));
    }

    private static List<String> texts(List<Decision> decisions) {
        return decisions.stream()
                .flatMap(d -> switch (d) {
                    case Reply r -> Stream.of(r.text());
                    case SendPrivate p -> Stream.of(p.text());
                    default -> Stream.empty();
                })
                .toList();
    }
}
