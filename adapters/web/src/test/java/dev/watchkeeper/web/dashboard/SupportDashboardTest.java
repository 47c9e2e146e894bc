package dev.watchkeeper.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportDashboardTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryTicketStore tickets = new InMemoryTicketStore();
    private final InMemoryAnswerFeedback feedback = new InMemoryAnswerFeedback();
    private final SupportDashboard dashboard = new SupportDashboard(
            tickets,
            new InMemoryQuestionLog(10, 400),
            feedback,
            new InMemoryKnowledgeBase(
                    InMemoryKnowledgeBase.entry("fees", "Trading fees", "0.1 %", "what are the fees")),
            clock,
            Duration.ofSeconds(30));

    @Test
    void reusesTheFiguresOfARangeForTheirMaxAgeThenReadsTheStoresAgain() {
        DashboardRange week = new DashboardRange(7, dashboard.today());
        DashboardFigures first = dashboard.figures(week);
        tickets.openOrGet(Tickets.opened(NOW));

        clock.advance(Duration.ofSeconds(30));
        assertThat(dashboard.figures(week)).isSameAs(first);
        assertThat(dashboard
                        .figures(new DashboardRange(30, dashboard.today()))
                        .total()
                        .escalations())
                .isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(dashboard.figures(week).total().escalations()).isEqualTo(1);
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
