package dev.watchkeeper.config.web;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.web.dashboard.SupportDashboard;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The supervisor's dashboard: its figures over the stores, its page and its chart data. */
@Configuration(proxyBeanMethods = false)
@Import(DashboardController.class)
public class DashboardConfiguration {
    /** How long the figures of a range are reused: a page and its chart data are one computation. */
    static final Duration FIGURES_MAX_AGE = Duration.ofSeconds(30);

    @Bean
    SupportDashboard supportDashboard(
            TicketStore tickets,
            QuestionLog questions,
            AnswerFeedback feedback,
            KnowledgeBase knowledgeBase,
            Clock clock,
            RefreshThread refresh) {
        return new SupportDashboard(
                tickets, questions, feedback, knowledgeBase, clock, FIGURES_MAX_AGE, refresh.executor());
    }

    /**
     * The one thread that recomputes the dashboard's figures in the background; not an {@link
     * java.util.concurrent.Executor} bean, which would stand in for the application's task executor.
     */
    @Bean(destroyMethod = "close")
    RefreshThread dashboardRefreshThread() {
        return new RefreshThread(Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("dashboard-refresh").factory()));
    }

    /** Holds the refresh thread's executor until the application stops. */
    record RefreshThread(ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
