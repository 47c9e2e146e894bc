package dev.watchkeeper.config.store;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.OutboxSettings;
import dev.watchkeeper.config.conversation.ConversationProperties;
import dev.watchkeeper.config.shield.ScamProperties;
import dev.watchkeeper.config.ticket.TicketProperties;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.RemoteOutbound;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.signin.ConsoleSignIns;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.report.SupportCounters;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.WriteBehind;
import dev.watchkeeper.redis.audit.RedisAuditLog;
import dev.watchkeeper.redis.bot.RedisEventDeduplicator;
import dev.watchkeeper.redis.bot.RedisRemoteOutbound;
import dev.watchkeeper.redis.bot.RedisSendRateLimiter;
import dev.watchkeeper.redis.conversation.RedisConversationStore;
import dev.watchkeeper.redis.event.RedisEventQueue;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.faq.RedisQuestionLog;
import dev.watchkeeper.redis.incident.RedisIncidentStore;
import dev.watchkeeper.redis.incident.RedisSignalStore;
import dev.watchkeeper.redis.moderation.RedisMemberActivity;
import dev.watchkeeper.redis.moderation.RedisModerationCaseStore;
import dev.watchkeeper.redis.outbox.RedisDecisionOutbox;
import dev.watchkeeper.redis.shield.RedisCommunityDomainStore;
import dev.watchkeeper.redis.shield.RedisLearnedSamples;
import dev.watchkeeper.redis.signin.RedisConsoleSignIns;
import dev.watchkeeper.redis.ticket.RedisSupportCounters;
import dev.watchkeeper.redis.ticket.RedisTicketSequence;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.redis.ticket.RedisTranscriptLog;
import dev.watchkeeper.shield.ShieldLearning;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every store port on Redis ({@code watchkeeper.store=redis}), and the store's health. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "watchkeeper.store", havingValue = "redis")
@EnableConfigurationProperties(RedisStoreProperties.class)
public class RedisStoreConfiguration {

    /** Starts without Redis if it does not answer (see {@link RedisStores#connect}); a malformed URL stops the start. */
    @Bean(destroyMethod = "close")
    RedisStores redisStores(RedisStoreProperties properties) {
        try {
            return RedisStores.connect(
                    properties.url(), properties.prefix(), properties.timeout(), properties.bufferedWrites());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(
                    "watchkeeper.redis.url",
                    RedisStores.redacted(properties.url()),
                    "not a Redis URL (" + e.getMessage() + "): redis://host:6379, rediss://… for TLS,"
                            + " redis-sentinel://host:26379#master, or a Cluster's comma-separated seed URLs");
        }
    }

    /** {@code /actuator/health} shows the store down while Redis does not answer (component {@code store}). */
    @Bean
    HealthIndicator storeHealthIndicator(RedisStores redis) {
        return () -> {
            Health.Builder health = redis.isUp() ? Health.up() : Health.down();
            return health.withDetail("store", "redis")
                    .withDetail("pendingWrites", redis.writeBehind().pending())
                    .withDetail("droppedWrites", redis.writeBehind().dropped())
                    .build();
        };
    }

    /**
     * Redis and the write-behind buffer as metrics: {@code watchkeeper.redis.up} (1 while Redis
     * answers a PING at scrape time, else 0), {@code watchkeeper.redis.writes.pending} (writes
     * waiting for Redis) and {@code watchkeeper.redis.writes.dropped} (writes lost because it was
     * full).
     */
    @Bean
    MeterBinder redisWriteBehindMetrics(RedisStores redis) {
        WriteBehind buffer = redis.writeBehind();
        return registry -> {
            Gauge.builder("watchkeeper.redis.up", redis, r -> r.isUp() ? 1 : 0)
                    .description("1 while Redis answers a PING, 0 while it does not")
                    .register(registry);
            Gauge.builder("watchkeeper.redis.writes.pending", buffer, WriteBehind::pending)
                    .description("Writes waiting in the write-behind buffer for Redis to return")
                    .register(registry);
            FunctionCounter.builder("watchkeeper.redis.writes.dropped", buffer, b -> b.dropped())
                    .description("Writes dropped because the write-behind buffer was full")
                    .register(registry);
        };
    }

    @Bean
    ConversationStore conversationStore(RedisStores redis, ConversationProperties properties, Clock clock) {
        return new RedisConversationStore(redis, properties.idleTimeout(), clock);
    }

    @Bean
    TicketStore ticketStore(RedisStores redis) {
        return new RedisTicketStore(redis);
    }

    @Bean
    TicketSequence ticketSequence(RedisStores redis, TicketProperties properties) {
        return new RedisTicketSequence(redis, properties.firstNumber());
    }

    @Bean
    TranscriptLog transcriptLog(RedisStores redis, TicketProperties properties) {
        return new RedisTranscriptLog(redis, properties.maxTranscriptTurns());
    }

    @Bean
    AuditLog auditLog(RedisStores redis) {
        return new RedisAuditLog(redis);
    }

    @Bean
    ModerationCaseStore moderationCaseStore(RedisStores redis) {
        return new RedisModerationCaseStore(redis);
    }

    @Bean
    MemberActivity memberActivity(RedisStores redis, ScamProperties scam, Clock clock) {
        return new RedisMemberActivity(redis, scam.firstMessages(), 200_000, 100_000, clock);
    }

    /** Webhook events waiting for delivery, in a Redis list per endpoint. */
    @Bean
    EventQueue eventQueue(RedisStores redis) {
        return new RedisEventQueue(redis);
    }

    @Bean(destroyMethod = "close")
    RedisDecisionOutbox decisionOutbox(RedisStores redis) {
        return new RedisDecisionOutbox(redis);
    }

    /** The outbox in Redis: a stream per platform that every instance running the platform sends from. */
    @Bean
    OutboxSettings outboxSettings(RedisDecisionOutbox outbox, RedisStoreProperties properties) {
        return new OutboxSettings(outbox, OutboxSettings.instanceName(), properties.outboundClaimAfter());
    }

    @Bean
    EventDeduplicator eventDeduplicator(RedisStores redis, RedisStoreProperties properties) {
        return new RedisEventDeduplicator(redis, properties.dedupWindow());
    }

    /**
     * Telegram's limits, shared by every instance that runs the bot (JDA paces Discord's sends
     * itself); kept per instance while Redis is away.
     */
    @Bean
    SendRateLimiter sendRateLimiter(RedisStores redis) {
        return new RedisSendRateLimiter(redis, SendLimits.telegram());
    }

    /** Decisions for a platform this instance does not run go to the instances that do. */
    @Bean
    RemoteOutbound remoteOutbound(RedisStores redis, RedisStoreProperties properties) {
        return new RedisRemoteOutbound(redis, properties.outboundBacklog());
    }

    /** This instance carries out the decisions others hand over for the platforms it runs. */
    @Bean
    RedisOutboundConsumers redisOutboundConsumers(
            RedisStores redis, OutboundRouter router, RedisStoreProperties properties) {
        return new RedisOutboundConsumers(redis, router, properties);
    }

    @Bean
    CommunityDomainStore communityDomainStore(RedisStores redis) {
        return new RedisCommunityDomainStore(redis);
    }

    @Bean
    LearnedSamples learnedSamples(RedisStores redis) {
        return new RedisLearnedSamples(redis);
    }

    /** What moderators taught on other instances (samples, domain lists) reaches this one. */
    @Bean(destroyMethod = "close")
    LearningSync learningSync(ShieldLearning learning, RedisStoreProperties properties) {
        return new LearningSync(learning, properties.learningSync());
    }

    /** The staff console's sign-in links, redeemable on any instance, once. */
    @Bean
    ConsoleSignIns consoleSignIns(RedisStores redis, Clock clock) {
        return new RedisConsoleSignIns(redis, clock);
    }

    @Bean
    SupportCounters supportCounters(RedisStores redis) {
        return new RedisSupportCounters(redis);
    }

    @Bean
    AnswerFeedback answerFeedback(RedisStores redis) {
        return new RedisAnswerFeedback(redis);
    }

    /** The latest 500 questions the bot could not answer, and a year and a month of day counts. */
    @Bean
    QuestionLog questionLog(RedisStores redis) {
        return new RedisQuestionLog(redis, QuestionLogSize.MISSED_KEPT, QuestionLogSize.DAYS_KEPT);
    }

    /** Incidents with their timelines and linked members, kept across restarts and shared by instances. */
    @Bean
    IncidentStore incidentStore(RedisStores redis) {
        return new RedisIncidentStore(redis);
    }

    /**
     * Members per topic and minute, counted together by every instance; kept as long as the
     * configured signal settings need (their baseline and window).
     */
    @Bean
    SignalStore signalStore(RedisStores redis, IncidentSettings incidents) {
        return new RedisSignalStore(redis, incidents.signals().retention());
    }
}
