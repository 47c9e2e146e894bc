package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.ShieldParts;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.incident.signal.InMemorySignalStore;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.InMemoryCommunityDomainStore;
import dev.watchkeeper.core.shield.InMemoryLearnedSamples;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldLearning;
import dev.watchkeeper.shield.ShieldOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole bot as the application wires it (scam shield with its real libraries, moderation,
 * tickets, engine, incident mode, through the one composition root) over the given stores (in
 * memory by default), for benchmarks.
 */
final class BenchmarkBot implements AutoCloseable {
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    /** The support agent of {@link #withIncidentDesk}: may open incidents from the staff chat. */
    static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "9001", "agent", "Agent", false);

    final Bot bot;
    final TicketDesk desk;
    final InMemoryIncidentStore incidents = new InMemoryIncidentStore();
    private final ShieldComponents shield;
    private final ShieldLearning learning;

    /**
     * Every store the bot uses, as the application's store configurations provide them.
     *
     * @param features the features' stores
     * @param domains the community's allow and deny lists
     * @param samples what moderators' verdicts taught the shield
     */
    record Stores(
            FeatureStores features,
            CommunityDomainStore domains,
            LearnedSamples samples,
            dev.watchkeeper.core.incident.model.@org.jspecify.annotations.Nullable IncidentStore incidentStore,
            dev.watchkeeper.core.incident.signal.@org.jspecify.annotations.Nullable SignalStore signals) {

        /** Incident mode's stores in memory. */
        Stores(FeatureStores features, CommunityDomainStore domains, LearnedSamples samples) {
            this(features, domains, samples, null, null);
        }

        /** Every store on the Redis adapter, as {@code watchkeeper.store=redis} wires them. */
        static Stores onRedis(dev.watchkeeper.redis.RedisStores redis, Clock clock) {
            return new Stores(
                    new FeatureStores(
                            new dev.watchkeeper.redis.conversation.RedisConversationStore(
                                    redis, java.time.Duration.ofHours(24), clock),
                            new dev.watchkeeper.redis.faq.RedisAnswerFeedback(redis),
                            new dev.watchkeeper.redis.ticket.RedisTicketStore(redis),
                            new dev.watchkeeper.redis.ticket.RedisTicketSequence(redis, 1000),
                            new dev.watchkeeper.redis.ticket.RedisTranscriptLog(redis, 200),
                            new dev.watchkeeper.redis.audit.RedisAuditLog(redis),
                            new dev.watchkeeper.redis.moderation.RedisModerationCaseStore(redis),
                            new dev.watchkeeper.redis.moderation.RedisMemberActivity(
                                    redis,
                                    dev.watchkeeper.core.shield.ShieldSettings.defaults()
                                            .firstMessages(),
                                    200_000,
                                    100_000,
                                    clock)),
                    new dev.watchkeeper.redis.shield.RedisCommunityDomainStore(redis),
                    new dev.watchkeeper.redis.shield.RedisLearnedSamples(redis),
                    new dev.watchkeeper.redis.incident.RedisIncidentStore(redis),
                    new dev.watchkeeper.redis.incident.RedisSignalStore(
                            redis,
                            dev.watchkeeper.core.incident.signal.SignalSettings.defaults()
                                    .retention()));
        }

        /** The in-memory stores of {@code watchkeeper.store=memory}. */
        static Stores inMemory(Clock clock) {
            return new Stores(
                    FeatureStores.inMemory(clock), new InMemoryCommunityDomainStore(), new InMemoryLearnedSamples());
        }
    }

    BenchmarkBot(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, Stores.inMemory(Clock.systemUTC()));
    }

    BenchmarkBot(KnowledgeBase knowledgeBase, Stores stores) {
        this(knowledgeBase, stores, Clock.systemUTC(), MemberLanguage.byScript(), List.of());
    }

    /**
     * The bot on a clock the caller moves (message times in a replay), telling languages with
     * {@code languages}, with {@link #AGENT} on its staff; incident mode on with its defaults.
     */
    static BenchmarkBot withIncidentDesk(KnowledgeBase knowledgeBase, Clock clock, MemberLanguage languages) {
        return new BenchmarkBot(knowledgeBase, Stores.inMemory(clock), clock, languages, List.of(AGENT));
    }

    private BenchmarkBot(
            KnowledgeBase knowledgeBase, Stores stores, Clock clock, MemberLanguage languages, List<UserRef> agents) {
        Map<Platform, String> handles = Map.of(Platform.TELEGRAM, "watchkeeper");
        FeatureSettings settings = new FeatureSettings(
                new EngineSettings(new AnswerThresholds(0.5, 0.25, 0.8), false, "watchkeeper", Map.of(), "en", 1000),
                TicketSettings.defaults(STAFF, handles),
                new ModerationSettings(
                        Map.of(Platform.TELEGRAM, MODERATORS),
                        ModerationPolicy.defaults(),
                        Map.of(),
                        new ModeratorRoster(Set.of(), Set.of())));
        CommunityDomains community = new CommunityDomains(stores.domains());
        shield = ShieldFactory.create(ShieldOptions.defaults(), community);
        learning = new ShieldLearning(shield, community, Duration.ofSeconds(30), stores.samples());
        BotAssembly assembly = BotAssembly.builder(
                        settings,
                        stores.features(),
                        knowledgeBase,
                        new ShieldParts(shield.shield(), SecretRedactor.bundled(), learning, community),
                        new StaffRoster(agents, Set.of()))
                .clock(clock)
                .languages(languages)
                .incidents(incidentSettings())
                .incidentStores(
                        stores.incidentStore() != null ? stores.incidentStore() : incidents,
                        stores.signals() != null
                                ? stores.signals()
                                : InMemorySignalStore.forSettings(
                                        IncidentSettings.defaults().signals()))
                .build();
        bot = assembly.bot();
        desk = assembly.tickets();
    }

    /**
     * Incident mode with its defaults; {@code -Dwatchkeeper.bench.incidents=off} turns it off, to
     * measure what it costs.
     */
    private static IncidentSettings incidentSettings() {
        IncidentSettings defaults = IncidentSettings.defaults();
        if (!"off".equals(System.getProperty("watchkeeper.bench.incidents"))) {
            return defaults;
        }
        return new IncidentSettings(
                false,
                defaults.idPrefix(),
                defaults.signals(),
                defaults.groupSimilarity(),
                defaults.announceChannels(),
                defaults.announceOnOpen(),
                defaults.pin());
    }

    @Override
    public void close() {
        learning.close();
        shield.close();
    }
}
