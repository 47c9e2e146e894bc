package dev.watchkeeper.config.assembly;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import dev.watchkeeper.config.bot.MicrometerBotMetrics;
import dev.watchkeeper.config.conversation.MeteredAnswerFeedback;
import dev.watchkeeper.config.ticket.MicrometerSupportMetrics;
import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureMetrics;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.FeatureTexts;
import dev.watchkeeper.core.assembly.ShieldParts;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.incident.IncidentMetrics;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.moderation.ModerationMetrics;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The bot, built once by the core's composition root from what the feature and store
 * configurations provide; its features are beans for the adapters, commands and jobs that use them.
 */
@Configuration(proxyBeanMethods = false)
public class AssemblyConfiguration {

    /** The stores of {@code watchkeeper.store}, memory or Redis; members' votes are counted as metrics. */
    @Bean
    FeatureStores featureStores(
            ConversationStore conversations,
            AnswerFeedback answerFeedback,
            TicketStore tickets,
            TicketSequence ticketSequence,
            TranscriptLog transcripts,
            AuditLog audit,
            ModerationCaseStore cases,
            MemberActivity memberActivity,
            MeterRegistry registry,
            Environment environment) {
        return new FeatureStores(
                conversations,
                new MeteredAnswerFeedback(answerFeedback, registry, ConfiguredPlatforms.on(environment)),
                tickets,
                ticketSequence,
                transcripts,
                audit,
                cases,
                memberActivity);
    }

    @Bean
    BotAssembly botAssembly(
            EngineSettings conversation,
            TicketSettings tickets,
            ModerationSettings moderation,
            FeatureStores stores,
            IncidentStore incidentStore,
            SignalStore signalStore,
            KnowledgeBase knowledgeBase,
            ShieldParts shield,
            StaffDirectory staff,
            MemberLanguage languages,
            FeatureTexts texts,
            MicrometerBotMetrics botMetrics,
            MicrometerSupportMetrics supportMetrics,
            ModerationMetrics moderationMetrics,
            DomainEvents events,
            IncidentSettings incidents,
            IncidentMetrics incidentMetrics,
            MessageCatalog catalog,
            SignInLinks signInLinks,
            QuestionLog questionLog,
            Clock clock) {
        return BotAssembly.builder(
                        new FeatureSettings(conversation, tickets, moderation), stores, knowledgeBase, shield, staff)
                .languages(languages)
                .texts(texts)
                .metrics(new FeatureMetrics(botMetrics, supportMetrics, moderationMetrics, supportMetrics::botAnswers))
                .events(events)
                .incidents(incidents)
                .incidentMetrics(incidentMetrics)
                .incidentTexts(catalog)
                .incidentStores(incidentStore, signalStore)
                .console(signInLinks)
                .consoleTexts(catalog)
                .questionLog(questionLog)
                .clock(clock)
                .build();
    }

    /** The one way into the bot, for the platform adapters. */
    @Bean
    Bot bot(BotAssembly assembly) {
        return assembly.bot();
    }

    @Bean
    ConversationEngine conversationEngine(BotAssembly assembly) {
        return assembly.conversation();
    }

    @Bean
    TicketDesk ticketDesk(BotAssembly assembly) {
        return assembly.tickets();
    }

    @Bean
    ModerationDesk moderationDesk(BotAssembly assembly) {
        return assembly.moderation();
    }
}
