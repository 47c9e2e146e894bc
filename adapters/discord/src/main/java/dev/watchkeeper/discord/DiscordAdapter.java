package dev.watchkeeper.discord;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.discord.inbound.EventMapper;
import dev.watchkeeper.discord.outbound.CountedRateLimiter;
import dev.watchkeeper.discord.outbound.DiscordOutbound;
import dev.watchkeeper.discord.outbound.InteractionReplies;
import dev.watchkeeper.discord.outbound.QueuedRequests;
import dev.watchkeeper.discord.render.DiscordMessages;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.SequentialRestRateLimiter;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord adapter: connects the bot to Discord through JDA's shard manager and carries its
 * decisions out there.
 *
 * <p>Gateway intents are the smallest set that works: servers (JDA always asks for it: without it
 * the bot would know no channel), server messages, direct messages and message content (a
 * privileged intent to enable in the developer portal). Members arrive with each message and
 * interaction, so no member list is requested or cached; JDA's caches are the light ones. Rate
 * limits are JDA's.
 *
 * <p>{@link #start} returns once the connection is under way; events arrive on JDA's threads.
 * {@link #close} disconnects once the requests JDA still has queued (a reply, a ban) are sent, waiting
 * {@link #SHUTDOWN_GRACE} at most. Thread-safe.
 */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final int REMEMBERED_THREAD_MESSAGES = 10_000;

    /**
     * How long {@link #close} waits for the requests still queued: long enough for a rate-limit
     * wait or two, well within the application's stop timeout (30 s for each lifecycle phase).
     */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * The gateway intents the adapter asks for besides GUILDS, which JDA adds to any set it is
     * given and has no constant for ({@link #GUILDS_INTENT}).
     */
    public static final Set<GatewayIntent> INTENTS = Collections.unmodifiableSet(
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT));

    /** Discord's GUILDS intent, bit 0 of the gateway's intents: servers, channels, roles and threads. */
    public static final int GUILDS_INTENT = 1;

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final DiscordOutbound outbound;
    private final DiscordListener listener;
    private final DiscordSettings settings;
    private final SendMetrics metrics;
    private final QueuedRequests queued = new QueuedRequests();

    /**
     * @param router where the decisions of Discord events go: a router that hands each decision to
     *     the adapter of its platform (this adapter's {@link #outbound()} for Discord)
     * @param events claims each message and interaction, so that it is handled once on whichever
     *     instance (shared when several instances connect the same shards)
     */
    public DiscordAdapter(DiscordSettings settings, Bot bot, Outbound router, EventDeduplicator events) {
        this(settings, bot, router, events, MessageCatalog.bundled());
    }

    /** As above, with the slash commands' descriptions from {@code texts}. */
    public DiscordAdapter(
            DiscordSettings settings, Bot bot, Outbound router, EventDeduplicator events, MessageCatalog texts) {
        this(settings, bot, router, events, texts, SendMetrics.NONE);
    }

    /** As above, reporting Discord's 429 answers to {@code metrics}. */
    public DiscordAdapter(
            DiscordSettings settings,
            Bot bot,
            Outbound router,
            EventDeduplicator events,
            MessageCatalog texts,
            SendMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        MessageLocations locations = new MessageLocations(REMEMBERED_THREAD_MESSAGES);
        DiscordMessages messages = new DiscordMessages();
        this.outbound = new DiscordOutbound(this::shardManager, bot, router, messages, locations);
        this.listener = new DiscordListener(
                bot,
                router,
                new EventMapper(locations, settings.guildId(), settings.botName()),
                new InteractionReplies(messages),
                settings.guildId(),
                events,
                texts);
    }

    /** Carries decisions out on Discord; register it with the router for {@code Platform.DISCORD}. */
    public Outbound outbound() {
        return outbound;
    }

    /**
     * The gateway intents for these settings: {@link #INTENTS}, and server members to check joins
     * (only joins to the community's server are checked, so not without one).
     */
    public static Set<GatewayIntent> intents(DiscordSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
        if (settings.checkJoins() && settings.guildId() != null) {
            intents.add(GatewayIntent.GUILD_MEMBERS);
        }
        return intents;
    }

    /**
     * The intents the adapter identifies with, as the gateway's bit set: {@link #GUILDS_INTENT} and
     * {@link #intents(DiscordSettings)}.
     */
    public static int gatewayIntents(DiscordSettings settings) {
        return GUILDS_INTENT | GatewayIntent.getRaw(intents(settings));
    }

    /** Connects the shards; returns at once. */
    public synchronized void start() {
        if (shards.get() != null) {
            throw new IllegalStateException("already started");
        }
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), intents(settings))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig()
                        .setBaseUrl(settings.restUrl())
                        .setRateLimiterFactory(config ->
                                new CountedRateLimiter(new SequentialRestRateLimiter(config), metrics, queued)))
                .setSessionController(new FixedGatewaySessionController(settings.gatewayUrl()))
                .setEnableShutdownHook(false)
                .setShardsTotal(settings.shardsTotal())
                .addEventListeners(listener);
        if (settings.hasShardRange()) {
            builder.setShards(settings.firstShard(), settings.lastShard());
        }
        ShardManager manager = builder.build(false);
        shards.set(manager);
        manager.login();
        log.info(
                "Connecting to Discord ({})",
                settings.hasShardRange()
                        ? "shards " + settings.firstShard() + ".." + settings.lastShard()
                        : "all shards");
    }

    /** Waits until every shard is connected, up to {@code timeout}; true when they all are. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ShardManager manager = shardManager();
        while (System.nanoTime() < deadline) {
            boolean connected = !manager.getShardCache().isEmpty()
                    && manager.getShardCache().stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
            if (connected) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private ShardManager shardManager() {
        ShardManager manager = shards.get();
        if (manager == null) {
            throw new IllegalStateException("the Discord adapter has not started");
        }
        return manager;
    }

    /**
     * Disconnects: no new event or request is taken, the requests queued are sent, and the call
     * returns once they are answered or after {@link #SHUTDOWN_GRACE}, whichever comes first.
     * Blocks.
     */
    @Override
    public synchronized void close() {
        ShardManager manager = shards.getAndSet(null);
        if (manager == null) {
            return;
        }
        // Each shard stops taking events and new requests and goes on sending the queued ones,
        // on the rate-limit pools the shards share; the shard manager's own shutdown ends those
        // pools at once, which would drop what is queued, so it comes last.
        List<JDA> running = List.copyOf(manager.getShards());
        running.forEach(JDA::shutdown);
        boolean sent;
        try {
            sent = queued.awaitNone(SHUTDOWN_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent = false;
        }
        manager.shutdown();
        if (sent) {
            log.info("Disconnected from Discord");
        } else {
            log.warn(
                    "Disconnected from Discord with {} request(s) still queued after {} s; they are dropped",
                    queued.pending(),
                    SHUTDOWN_GRACE.toSeconds());
        }
    }
}
