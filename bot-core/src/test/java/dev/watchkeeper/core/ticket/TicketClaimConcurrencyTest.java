package dev.watchkeeper.core.ticket;

import static dev.watchkeeper.core.ticket.DeskFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

class TicketClaimConcurrencyTest {
    private static final int AGENTS = 6;

    @RepeatedTest(10)
    void agentsClaimingAtOnceEndWithOneOwner() throws Exception {
        // given an open ticket and six agents pressing Claim at the same moment
        DeskFixture f = new DeskFixture();
        List<UserRef> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(new UserRef(Platform.DISCORD, "70" + i, "agent" + i, null, false));
        }
        TicketPorts ports = new TicketPorts(
                f.tickets,
                f.sequence,
                f.transcripts,
                f.audit,
                new StaffRoster(agents, Set.of()),
                f.knowledgeBase,
                f.feedback,
                f.conversations,
                f.metrics,
                f.events,
                text -> text,
                new java.util.Random(1));
        TicketDesk desk = new TicketDesk(
                ports, f.settings, TicketTexts.translations(MessageCatalog.bundled()), f.clock, () -> -1);
        Ticket ticket = f.openTicketFromGroup("where is my deposit");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        try {
            List<Future<List<Decision>>> results = new ArrayList<>();
            for (UserRef agent : agents) {
                results.add(pool.submit(() -> {
                    start.await();
                    return desk.choice(new dev.watchkeeper.core.model.ChoiceSelected(
                                    STAFF, agent, TicketChoices.claim(ticket.id()), null, f.clock.instant()))
                            .orElseThrow();
                }));
            }

            // when
            start.countDown();
            List<List<Decision>> outcomes = new ArrayList<>();
            for (Future<List<Decision>> result : results) {
                outcomes.add(result.get(10, TimeUnit.SECONDS));
            }

            // then exactly one agent owns it, and only that agent was told so
            Ticket claimed = f.reload(ticket);
            assertThat(claimed.status()).isEqualTo(TicketStatus.CLAIMED);
            assertThat(claimed.owner()).isPresent();
            long winners = outcomes.stream()
                    .filter(o -> o.stream()
                            .anyMatch(d ->
                                    d instanceof PostToTicketSpace p && p.text().startsWith("Claimed by")))
                    .count();
            assertThat(winners).isEqualTo(1);
            assertThat(f.tickets.assignedTo(AccountId.of(claimed.owner().orElseThrow())))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
