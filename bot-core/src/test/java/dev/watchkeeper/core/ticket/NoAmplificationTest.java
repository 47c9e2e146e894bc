package dev.watchkeeper.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.ticket.member.MemberDesk;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoAmplificationTest {
    private static final String TEN_THOUSAND_WORDS = " https://evil.example/claim @support".repeat(5_000);

    private final DeskFixture f = new DeskFixture();

    @Test
    void verifyWithTenThousandWordsInAGroupRepeatsNoneOfThem() {
        List<Decision> decisions = f.aliceInGroup("/verify" + TEN_THOUSAND_WORDS);

        assertThat(decisions).hasSizeLessThanOrEqualTo(2);
        assertThat(text(decisions)).hasSizeLessThan(600).doesNotContain("evil.example", "@support");
    }

    @Test
    void verifyWithACodeAndTenThousandWordsAfterItRepeatsTheCodeOnly() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> decisions = f.alicePrivately("/verify 999-999" + TEN_THOUSAND_WORDS);

        assertThat(text(decisions)).contains("999-999").hasSizeLessThan(1_000).doesNotContain("evil.example");
        assertThat(decisions)
                .anyMatch(d -> d instanceof PostToTicketSpace p && ticket.id().equals(p.ticketId()));
    }

    @Test
    void aTicketHoldersHugeMessageIsRelayedToStaffCutWithTheTranscriptWhole() {
        Ticket ticket = f.openTicketFromGroup("where is my deposit");

        List<Decision> decisions = f.alicePrivately("my deposit" + " is still missing".repeat(5_000));

        assertThat(decisions)
                .filteredOn(d -> d instanceof PostToTicketSpace)
                .singleElement()
                .satisfies(d -> assertThat(((PostToTicketSpace) d).text())
                        .hasSizeLessThan(MemberDesk.MAX_RELAYED + 100)
                        .contains("more characters not shown"));
        assertThat(f.tickets.find(ticket.id()).orElseThrow().content().transcript())
                .anyMatch(turn -> turn.text().length() > 80_000);
    }

    private static String text(List<Decision> decisions) {
        StringBuilder all = new StringBuilder();
        for (Decision d : decisions) {
            switch (d) {
                case Reply r -> all.append(r.text());
                case SendPrivate p -> all.append(p.text());
                case PostToTicketSpace p -> all.append(p.text());
                default -> {}
            }
        }
        return all.toString();
    }
}
