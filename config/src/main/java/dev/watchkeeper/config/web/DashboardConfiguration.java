package dev.watchkeeper.config.web;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.web.dashboard.SupportDashboard;
import java.time.Clock;
import java.time.Duration;
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
            Clock clock) {
        return new SupportDashboard(tickets, questions, feedback, knowledgeBase, clock, FIGURES_MAX_AGE);
    }
}
