package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.FaqResponder;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.InMemoryMemberActivity;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModerationTexts;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.scam.CommunityDomainStore;
import dev.watchkeeper.core.scam.CommunityDomains;
import dev.watchkeeper.core.scam.InMemoryCommunityDomainStore;
import dev.watchkeeper.core.scam.InMemoryLearnedSamples;
import dev.watchkeeper.core.scam.LearnedSamples;
import dev.watchkeeper.core.scam.SecretRedactor;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.core.ticket.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.StaffRoster;
import dev.watchkeeper.core.ticket.SupportMetrics;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.TicketPorts;
import dev.watchkeeper.core.ticket.TicketSequence;
import dev.watchkeeper.core.ticket.TicketSettings;
import dev.watchkeeper.core.ticket.TicketStore;
import dev.watchkeeper.core.ticket.TicketTexts;
import dev.watchkeeper.core.ticket.TranscriptLog;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldLearning;
import dev.watchkeeper.shield.ShieldOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole bot as the application wires it (scam shield with its real libraries, moderation,
 * tickets, engine) over the given stores (in memory by default), for benchmarks.
 */
final class BenchmarkBot implements AutoCloseable {
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);

    final Bot bot;
    final TicketDesk desk;
    private final ShieldComponents shield;
    private final ShieldLearning learning;

    /** Every store port the bot uses, as the application's store configurations provide them. */
    record Stores(
            ConversationStore conversations,
            TicketStore tickets,
            TicketSequence sequence,
            TranscriptLog transcripts,
            AuditLog audit,
            ModerationCaseStore cases,
            MemberActivity activity,
            CommunityDomainStore domains,
            LearnedSamples samples,
            AnswerFeedback feedback) {

        /** The in-memory stores of {@code watchkeeper.store=memory}. */
        static Stores inMemory(Clock clock) {
            return new Stores(
                    new InMemoryConversationStore(Duration.ofHours(24), clock),
                    new InMemoryTicketStore(),
                    new InMemoryTicketSequence(1000),
                    new InMemoryTranscriptLog(200),
                    new InMemoryAuditLog(),
                    new InMemoryModerationCaseStore(),
                    new InMemoryMemberActivity(200_000),
                    new InMemoryCommunityDomainStore(),
                    new InMemoryLearnedSamples(),
                    new InMemoryAnswerFeedback());
        }
    }

    BenchmarkBot(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, Stores.inMemory(Clock.systemUTC()));
    }

    BenchmarkBot(KnowledgeBase knowledgeBase, Stores stores) {
        Clock clock = Clock.systemUTC();
        AnswerThresholds thresholds = new AnswerThresholds(0.5, 0.25, 0.8);
        Translations<BotTexts> texts = BotTexts.translations(MessageCatalog.bundled());
        ConversationStore conversations = stores.conversations();
        ConversationEngine engine = new ConversationEngine(
                new EngineSettings(thresholds, false, "watchkeeper", Map.of(), "en", 1000),
                conversations,
                new FaqResponder(knowledgeBase, new AnswerPolicy(thresholds), texts),
                stores.feedback(),
                texts,
                MemberLanguage.byScript(),
                SmallTalk.bundled(),
                clock);
        SecretRedactor redactor = SecretRedactor.bundled();
        AuditLog audit = stores.audit();
        StaffRoster staff = new StaffRoster(List.of(), Set.of());
        TicketPorts ports = new TicketPorts(
                stores.tickets(),
                stores.sequence(),
                stores.transcripts(),
                audit,
                staff,
                knowledgeBase,
                stores.feedback(),
                conversations,
                SupportMetrics.NONE,
                DomainEvents.NONE,
                redactor::redact,
                new SecureRandom());
        desk = new TicketDesk(
                ports,
                TicketSettings.defaults(STAFF, Map.of(Platform.TELEGRAM, "watchkeeper")),
                TicketTexts.translations(MessageCatalog.bundled()),
                clock,
                () -> 0);
        CommunityDomains community = new CommunityDomains(stores.domains());
        shield = ShieldFactory.create(ShieldOptions.defaults(), community);
        learning = new ShieldLearning(shield, community, Duration.ofSeconds(30), stores.samples());
        ModerationDesk moderation = new ModerationDesk(
                new ModerationDesk.Ports(
                        shield.shield(),
                        redactor,
                        stores.cases(),
                        audit,
                        stores.activity(),
                        learning,
                        staff::isStaff,
                        community,
                        DomainEvents.NONE),
                new ModerationSettings(
                        Map.of(Platform.TELEGRAM, MODERATORS),
                        ModerationPolicy.defaults(),
                        Map.of(),
                        new ModeratorRoster(Set.of(), Set.of())),
                ModerationTexts.translations(MessageCatalog.bundled()),
                MemberLanguage.byScript(),
                clock);
        bot = new Bot(moderation, desk, engine);
    }

    @Override
    public void close() {
        learning.close();
        shield.close();
    }
}
