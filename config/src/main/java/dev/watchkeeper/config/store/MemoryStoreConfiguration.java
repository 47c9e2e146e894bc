package dev.watchkeeper.config.store;

import dev.watchkeeper.config.bot.OutboxSettings;
import dev.watchkeeper.config.ticket.TicketProperties;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.InMemorySignalStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.moderation.InMemoryMemberActivity;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.outbox.InMemoryDecisionOutbox;
import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.InMemoryCommunityDomainStore;
import dev.watchkeeper.core.shield.InMemoryLearnedSamples;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.signin.ConsoleSignIns;
import dev.watchkeeper.core.signin.InMemoryConsoleSignIns;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.report.InMemorySupportCounters;
import dev.watchkeeper.core.ticket.report.SupportCounters;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory stores of the ports added for persistence (the older ones are declared beside
 * their features, marked {@link ConditionalOnMemoryStore}). Nothing survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMemoryStore
public class MemoryStoreConfiguration {

    @Bean
    TicketSequence ticketSequence(TicketProperties properties) {
        return new InMemoryTicketSequence(properties.firstNumber());
    }

    @Bean
    TranscriptLog transcriptLog(TicketProperties properties) {
        return new InMemoryTranscriptLog(properties.maxTranscriptTurns());
    }

    @Bean
    MemberActivity memberActivity() {
        return new InMemoryMemberActivity(200_000);
    }

    @Bean
    EventDeduplicator eventDeduplicator(Clock clock) {
        return new InMemoryEventDeduplicator(Duration.ofHours(24), 100_000, clock);
    }

    /** Telegram's limits: the one platform whose sending the bot paces itself (JDA paces Discord's). */
    @Bean
    OutboxSettings outboxSettings(Clock clock) {
        return new OutboxSettings(
                new InMemoryDecisionOutbox(clock), OutboxSettings.instanceName(), Duration.ofMinutes(1));
    }

    /** The staff console's sign-in links of this one instance. */
    @Bean
    ConsoleSignIns consoleSignIns(Clock clock) {
        return new InMemoryConsoleSignIns(clock);
    }

    @Bean
    SendRateLimiter sendRateLimiter() {
        return new InMemorySendRateLimiter(SendLimits.telegram());
    }

    @Bean
    CommunityDomainStore communityDomainStore() {
        return new InMemoryCommunityDomainStore();
    }

    @Bean
    LearnedSamples learnedSamples() {
        return new InMemoryLearnedSamples();
    }

    @Bean
    SupportCounters supportCounters() {
        return new InMemorySupportCounters();
    }

    @Bean
    AnswerFeedback answerFeedback() {
        return new InMemoryAnswerFeedback();
    }

    /** The latest 500 questions the bot could not answer, and a year and a month of day counts. */
    @Bean
    QuestionLog questionLog() {
        return new InMemoryQuestionLog(QuestionLogSize.MISSED_KEPT, QuestionLogSize.DAYS_KEPT);
    }

    @Bean
    IncidentStore incidentStore() {
        return new InMemoryIncidentStore();
    }

    /** Keeps what the configured signal settings need (their baseline and window). */
    @Bean
    SignalStore signalStore(IncidentSettings incidents) {
        return InMemorySignalStore.forSettings(incidents.signals());
    }
}
