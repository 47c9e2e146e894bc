package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureMetrics;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.ShieldParts;
import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.event.RecordingEvents;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.InMemoryMemberActivity;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.moderation.ScamLearning;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.shield.ShieldSettings;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A whole bot (moderation desk, ticket desk, incident mode, conversation engine) over in-memory stores and the
 * core's own shield ports, for tests in any module (shared through the test jar).
 */
public final class BotFixture {
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryModerationCaseStore cases = new InMemoryModerationCaseStore();
    /** The desks' domain events. */
    public final RecordingEvents events = new RecordingEvents();
    /** Begun, the ticket and case stores behave as Redis ones during an outage. */
    public final StoreOutage outage = new StoreOutage();

    public final CommunityDomains domains = new CommunityDomains();
    public final List<String> learnedScams = new ArrayList<>();
    public final List<String> learnedHam = new ArrayList<>();
    public final ScamShield shield;
    public final TicketDesk desk;
    public final ModerationDesk moderation;
    public final Bot bot;
    /** What the bot and the moderation desk report as metrics. */
    public final RecordingMetrics metrics = new RecordingMetrics();

    /** A knowledge base of one entry, on pending withdrawals, for tests that need an answer. */
    public static KnowledgeBase oneEntryKnowledgeBase() {
        return new InMemoryKnowledgeBase(InMemoryKnowledgeBase.entry(
                "withdrawal-pending",
                "My withdrawal is pending",
                "Reviews take up to a day.",
                "withdrawal pending",
                "why is my withdrawal pending"));
    }

    /** The action of the first case-card button whose label starts with {@code labelStart}. */
    public static String caseAction(List<Decision> decisions, String labelStart) {
        return decisions.stream()
                .filter(FlagForReview.class::isInstance)
                .map(FlagForReview.class::cast)
                .flatMap(flag -> flag.actions().stream())
                .filter(choice -> choice.label().startsWith(labelStart))
                .map(Choice::action)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The bot's handle is {@code watchkeeper} on the staff chat's platform, told by the platform as
     * in a deployment (no {@code watchkeeper.conversation.bot-username}).
     *
     * @param staffChat where ticket spaces open
     * @param moderatorChat where moderation cases go
     * @param agent the one support agent
     * @param moderator the one moderator
     */
    public BotFixture(
            KnowledgeBase knowledgeBase,
            ChatRef staffChat,
            ChatRef moderatorChat,
            UserRef agent,
            UserRef moderator,
            Clock clock) {
        this(knowledgeBase, staffChat, moderatorChat, agent, moderator, clock, Set.of("moderator"));
    }

    /**
     * As above, with the roles whose holders moderate (a platform adapter's test passes the role
     * it reports for chat administrators).
     */
    public BotFixture(
            KnowledgeBase knowledgeBase,
            ChatRef staffChat,
            ChatRef moderatorChat,
            UserRef agent,
            UserRef moderator,
            Clock clock,
            Set<String> moderatorRoles) {
        this(
                knowledgeBase,
                staffChat,
                moderatorChat,
                agent,
                moderator,
                clock,
                moderatorRoles,
                MemberLanguage.byScript());
    }

    /** As above, telling members' languages with {@code languages}. */
    public BotFixture(
            KnowledgeBase knowledgeBase,
            ChatRef staffChat,
            ChatRef moderatorChat,
            UserRef agent,
            UserRef moderator,
            Clock clock,
            Set<String> moderatorRoles,
            MemberLanguage languages) {
        this(knowledgeBase, staffChat, moderatorChat, agent, moderator, clock, moderatorRoles, languages, "en");
    }

    /** As above, speaking {@code staffLanguage} to support staff and moderators. */
    public BotFixture(
            KnowledgeBase knowledgeBase,
            ChatRef staffChat,
            ChatRef moderatorChat,
            UserRef agent,
            UserRef moderator,
            Clock clock,
            Set<String> moderatorRoles,
            MemberLanguage languages,
            String staffLanguage) {
        this(
                knowledgeBase,
                staffChat,
                moderatorChat,
                agent,
                moderator,
                clock,
                moderatorRoles,
                languages,
                staffLanguage,
                IncidentSettings.defaults());
    }

    /** As above, with incident mode as {@code incidents} say (its stores in memory). */
    public BotFixture(
            KnowledgeBase knowledgeBase,
            ChatRef staffChat,
            ChatRef moderatorChat,
            UserRef agent,
            UserRef moderator,
            Clock clock,
            Set<String> moderatorRoles,
            MemberLanguage languages,
            String staffLanguage,
            IncidentSettings incidents) {
        AnswerThresholds thresholds = new AnswerThresholds(0.6, 0.3, 0.9);
        Map<Platform, String> handles = Map.of(staffChat.platform(), "watchkeeper");
        FeatureSettings settings = new FeatureSettings(
                new EngineSettings(thresholds, false, null, handles, "en", 1000),
                TicketSettings.defaults(staffChat, handles).withStaffLanguage(staffLanguage),
                new ModerationSettings(
                        Map.of(moderatorChat.platform(), moderatorChat),
                        ModerationPolicy.defaults(),
                        Map.of(),
                        new ModeratorRoster(Set.of(ModeratorRoster.key(moderator)), moderatorRoles),
                        staffLanguage));
        FeatureStores stores = new FeatureStores(
                new InMemoryConversationStore(Duration.ofHours(1), clock),
                new InMemoryAnswerFeedback(),
                outage.tickets(new InMemoryTicketStore()),
                new InMemoryTicketSequence(1000),
                new InMemoryTranscriptLog(50),
                audit,
                outage.cases(cases),
                new InMemoryMemberActivity(1000));
        shield = TestShields.shield(
                ShieldSettings.defaults().withProtected(Set.of("example-exchange.com"), Set.of("exampleex")), domains);
        ScamLearning learning = new ScamLearning() {
            @Override
            public void learnScam(String redactedText, Set<String> linked) {
                learnedScams.add(redactedText);
                shield.confirmScam(redactedText);
                linked.forEach(domains::deny);
            }

            @Override
            public void learnHam(String redactedText) {
                learnedHam.add(redactedText);
            }
        };
        BotAssembly assembly = BotAssembly.builder(
                        settings,
                        stores,
                        knowledgeBase,
                        new ShieldParts(shield, SecretRedactor.bundled(), learning, domains),
                        new StaffRoster(List.of(agent), Set.of()))
                .languages(languages)
                .metrics(new FeatureMetrics(metrics, SupportMetrics.NONE, metrics, () -> 0))
                .events(events)
                .clock(clock)
                .random(new Random(7))
                .incidents(incidents)
                .build();
        desk = assembly.tickets();
        moderation = assembly.moderation();
        bot = assembly.bot();
    }
}
