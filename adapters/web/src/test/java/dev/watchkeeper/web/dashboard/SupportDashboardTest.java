package dev.watchkeeper.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SupportDashboardTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryTicketStore tickets = new InMemoryTicketStore();
    private final InMemoryAnswerFeedback feedback = new InMemoryAnswerFeedback();
    private final List<Runnable> refreshes = new ArrayList<>();
    private final SupportDashboard dashboard = new SupportDashboard(
            tickets,
            new InMemoryQuestionLog(10, 400),
            feedback,
            new InMemoryKnowledgeBase(
                    InMemoryKnowledgeBase.entry("fees", "Trading fees", "0.1 %", "what are the fees")),
            clock,
            Duration.ofSeconds(30),
            refreshes::add);

    @Test
    void servesARangesFiguresForTheirMaxAgeThenServesThemWhileOneRefreshReplacesThem() {
        DashboardRange week = new DashboardRange(7, dashboard.today());
        DashboardFigures first = dashboard.figures(week);
        tickets.openOrGet(Tickets.opened(NOW));

        clock.advance(Duration.ofSeconds(30));
        assertThat(dashboard.figures(week)).isSameAs(first);
        assertThat(refreshes).isEmpty();
        assertThat(dashboard
                        .figures(new DashboardRange(30, dashboard.today()))
                        .total()
                        .escalations())
                .as("another range is computed at its first request")
                .isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(dashboard.figures(week)).isSameAs(first);
        assertThat(dashboard.figures(week)).isSameAs(first);
        assertThat(refreshes).hasSize(1);

        refreshes.removeFirst().run();
        assertThat(dashboard.figures(week).total().escalations()).isEqualTo(1);
        assertThat(refreshes).isEmpty();
    }

    @Test
    void aRefreshThatFailsKeepsTheLastFiguresAndIsTriedAgainAtTheNextRequest() {
        AtomicBoolean down = new AtomicBoolean();
        SupportDashboard dashboard = new SupportDashboard(
                new FailingTickets(tickets, down),
                new InMemoryQuestionLog(10, 400),
                feedback,
                new InMemoryKnowledgeBase(),
                clock,
                Duration.ZERO,
                refreshes::add);
        DashboardRange week = new DashboardRange(7, dashboard.today());
        DashboardFigures first = dashboard.figures(week);
        down.set(true);
        clock.advance(Duration.ofSeconds(1));

        assertThat(dashboard.figures(week)).isSameAs(first);
        refreshes.removeFirst().run();

        assertThat(dashboard.figures(week)).isSameAs(first);
        assertThat(refreshes).hasSize(1);
    }

    /** The tickets, unreachable while {@code down} is set. */
    private record FailingTickets(TicketStore store, AtomicBoolean down) implements TicketStore {
        @Override
        public Ticket openOrGet(Ticket candidate) {
            return store.openOrGet(candidate);
        }

        @Override
        public Optional<Ticket> find(TicketId id) {
            return store.find(id);
        }

        @Override
        public Optional<Ticket> compareAndSet(Ticket current, Ticket next) {
            return store.compareAndSet(current, next);
        }

        @Override
        public Optional<Ticket> openTicketOf(AccountId member) {
            return store.openTicketOf(member);
        }

        @Override
        public List<Ticket> ticketsOf(AccountId member) {
            return store.ticketsOf(member);
        }

        @Override
        public List<Ticket> withStatus(TicketStatus status) {
            if (down.get()) {
                throw new StoreUnavailableException("ticket lookup", new IllegalStateException("down"));
            }
            return store.withStatus(status);
        }

        @Override
        public List<Ticket> assignedTo(AccountId agent) {
            return store.assignedTo(agent);
        }

        @Override
        public Optional<Ticket> inSpace(StaffSpace space) {
            return store.inSpace(space);
        }

        @Override
        public void delete(TicketId id) {
            store.delete(id);
        }
    }

    @Test
    void namesTheLeastHelpfulAnswersByTheirTitleOrTheirIdOnceTheEntryIsGone() {
        feedback.record(new AnswerVote("fees", false, Platform.TELEGRAM, NOW));
        feedback.record(new AnswerVote("removed-entry", false, Platform.TELEGRAM, NOW));
        feedback.record(new AnswerVote("removed-entry", false, Platform.DISCORD, NOW));

        assertThat(dashboard.figures(new DashboardRange(7, dashboard.today())).leastHelpful())
                .containsExactly(
                        new EntryHelpfulness("removed-entry", "removed-entry", 0, 2),
                        new EntryHelpfulness("fees", "Trading fees", 0, 1));
    }
}
