package dev.watchkeeper.discord;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.DurableOutbound;
import dev.watchkeeper.core.outbox.OutboxPump;
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
import org.jspecify.annotations.Nullable;
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
 * <p>With an outbox ({@link Recording}), every batch of decisions is recorded there before the event
 * that caused it counts as handled, and carried out from there once every shard is ready: what a
 * stopped or killed instance left is carried out first (after {@link Recording#claimAfter()}), and
 * an entry is removed once Discord accepted or refused all of it. The gateway, unlike Telegram,
 * sends an event once: an event a killed instance had not handled yet is lost; a decision it had
 * made is not. The answer to a command through its interaction (a token of 15 minutes, not stored;
 * often seen by its user alone) is not recorded: it goes out at once, or the user sees that the
 * command failed.
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

    private static final Duration OUTBOX_TAKE = Duration.ofSeconds(1);

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
    private final Outbound recorded;
    private final @Nullable Recording recording;
    private @Nullable OutboxPump pump;

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
        this(settings, bot, router, events, texts, metrics, null);
    }

    /**
     * As above, with the outbox of the platform {@code discord}: every batch is recorded there
     * before it is carried out and removed once Discord accepted (or refused) it all, and what a
     * stopped or dead instance left there is carried out here.
     *
     * @param outbox the outbox and this instance's name among its senders; null for none
     */
    public DiscordAdapter(
            DiscordSettings settings,
            Bot bot,
            Outbound router,
            EventDeduplicator events,
            MessageCatalog texts,
            SendMetrics metrics,
            @Nullable Recording outbox) {
        this.settings = settings;
        this.metrics = metrics;
        this.recording = outbox;
        MessageLocations locations = new MessageLocations(REMEMBERED_THREAD_MESSAGES);
        DiscordMessages messages = new DiscordMessages();
        this.outbound = new DiscordOutbound(this::shardManager, bot, router, messages, locations);
        this.recorded = outbox == null ? outbound : new DurableOutbound(outbox.outbox(), Platform.DISCORD, outbound);
        this.listener = new DiscordListener(
                bot,
                router,
                new EventMapper(locations, settings.guildId(), settings.botName()),
                new InteractionReplies(messages),
                settings.guildId(),
                events,
                texts);
    }

    /**
     * The outbox of the Discord adapter.
     *
     * @param outbox where batches are recorded
     * @param instance this instance's name among the outbox's senders, unique among running ones
     * @param claimAfter how long an entry another sender took may go untouched before this one
     *     carries it out
     */
    public record Recording(DecisionOutbox outbox, String instance, Duration claimAfter) {}

    /** Carries decisions out on Discord at once (not recorded in the outbox). */
    public Outbound outbound() {
        return outbound;
    }

    /**
     * Where decisions for Discord go; register it with the router for {@code Platform.DISCORD}.
     * With an outbox each batch is recorded there first (blocking for the store's round trip) and
     * carried out from it; without one, the same as {@link #outbound()}.
     */
    public Outbound recordedOutbound() {
        return recorded;
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
        outbound.resume();
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
                // JDA's logging context (jda.shard, jda.shard.id, jda.shard.total) cannot be written as
                // JSON logs (a key both a value and the parent of others), so its lines were dropped
                .setContextEnabled(false)
                .setShardsTotal(settings.shardsTotal())
                .addEventListeners(listener, new ShardsReady(this::carryOutRecorded));
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

    /**
     * Starts carrying out the outbox once every shard has its servers and channels: before that a
     * channel would look unknown and its decisions be dropped.
     */
    private synchronized void carryOutRecorded() {
        if (recording != null && pump == null && shards.get() != null) {
            pump = new OutboxPump(
                            recording.outbox(),
                            Platform.DISCORD,
                            recording.instance(),
                            outbound,
                            OUTBOX_TAKE,
                            recording.claimAfter())
                    .start();
            log.info("Carrying out the Discord outbox as {}", recording.instance());
        }
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
     * Disconnects: no new request is taken from the outbox, the batches taken are given until
     * {@link #SHUTDOWN_GRACE} to be carried out (what is not stays in the outbox for the next
     * start or another instance), then no new event or request is taken, the requests queued are
     * sent, and the call returns once they are answered or the grace is over. Blocks.
     */
    @Override
    public synchronized void close() {
        ShardManager manager = shards.get();
        if (manager == null) {
            return;
        }
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        boolean settled = true;
        try {
            settled = settleTaken(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Nothing is made again from here: what waits for a repeat stays in the outbox.
        outbound.stop();
        shards.set(null);
        // Each shard stops taking events and new requests and goes on sending the queued ones,
        // on the rate-limit pools the shards share; the shard manager's own shutdown ends those
        // pools at once, which would drop what is queued, so it comes last.
        List<JDA> running = List.copyOf(manager.getShards());
        running.forEach(JDA::shutdown);
        boolean sent;
        try {
            sent = queued.awaitNone(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent = false;
        }
        manager.shutdown();
        if (!settled) {
            log.warn(
                    "Disconnected from Discord with {} outbox batch(es) not carried out after {} s; they stay"
                            + " in the outbox",
                    pump == null ? 0 : pump.inHand(),
                    SHUTDOWN_GRACE.toSeconds());
        } else if (!sent) {
            log.warn(
                    "Disconnected from Discord with {} request(s) still queued after {} s; they are dropped",
                    queued.pending(),
                    SHUTDOWN_GRACE.toSeconds());
        } else {
            log.info("Disconnected from Discord");
        }
        pump = null;
    }

    /** Stops taking from the outbox and waits for what was taken to settle; true when it did. */
    private boolean settleTaken(long deadline) throws InterruptedException {
        OutboxPump taking = pump;
        if (taking == null) {
            return true;
        }
        taking.close();
        while (taking.inHand() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
