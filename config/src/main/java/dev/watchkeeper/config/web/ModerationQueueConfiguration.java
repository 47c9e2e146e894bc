package dev.watchkeeper.config.web;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.web.ConsoleGateway;
import dev.watchkeeper.web.LiveViews;
import dev.watchkeeper.web.queue.AuditView;
import dev.watchkeeper.web.queue.DomainListView;
import dev.watchkeeper.web.queue.MemberHistory;
import dev.watchkeeper.web.queue.QueueActions;
import dev.watchkeeper.web.queue.QueueView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The moderation queue section ({@code /console/queue}, moderators): its views over the case
 * store, the domain lists' store and the audit log, its actions through the console gateway, and
 * the live {@code queue} view (the open cases' count and a page's case ids), so that an open queue
 * page refreshes when a case opens or is resolved on any instance.
 */
@Configuration(proxyBeanMethods = false)
@Import(ModerationQueueController.class)
class ModerationQueueConfiguration {
    /** The live view an open queue page watches; its argument is the page's number. */
    static final String LIVE_VIEW = "queue";

    @Bean
    QueueView moderationQueueView(ModerationCaseStore cases, Clock clock, LiveViews live) {
        QueueView view = new QueueView(cases, clock);
        live.add(LIVE_VIEW, new LiveViews.View(ConsoleRole.MODERATOR, view::fingerprint));
        return view;
    }

    @Bean
    QueueActions moderationQueueActions(ModerationCaseStore cases, ConsoleGateway gateway) {
        return new QueueActions(cases, gateway);
    }

    @Bean
    DomainListView moderationDomainLists(CommunityDomainStore domains, ConsoleGateway gateway) {
        return new DomainListView(domains, gateway);
    }

    @Bean
    AuditView moderationAuditView(AuditLog audit, Clock clock) {
        return new AuditView(audit, clock);
    }

    @Bean
    MemberHistory moderationMemberHistory(ModerationCaseStore cases, AuditView audit, Clock clock) {
        return new MemberHistory(cases, audit, clock);
    }
}
