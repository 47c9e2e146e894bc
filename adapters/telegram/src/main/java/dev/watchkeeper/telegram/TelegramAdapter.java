package dev.watchkeeper.telegram;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.DurableOutbound;
import dev.watchkeeper.core.outbox.OutboxPump;
import dev.watchkeeper.telegram.inbound.BotIdentity;
import dev.watchkeeper.telegram.inbound.ChatAdministrators;
import dev.watchkeeper.telegram.inbound.UpdateMapper;
import dev.watchkeeper.telegram.outbound.SendQueue;
import dev.watchkeeper.telegram.outbound.TelegramOutbound;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter's life cycle: on {@link #start()} it publishes the bot's commands and
 * starts long polling, or registers the webhook (and, with an outbox, first starts carrying out
 * what is recorded there); {@link #close()} stops polling and taking from the outbox, and gives the
 * send queue at most 5 s: what is left stays in the outbox. Decisions go out through {@link #recordedOutbound()}, which the application
 * registers with its router for {@code TELEGRAM}. Thread-safe.
 */
public final class TelegramAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    private static final int POLL_SECONDS = 50;
    private static final Duration OUTBOX_TAKE = Duration.ofSeconds(1);
    /** Chats of a polled batch handled side by side: the scam checks use every core. */
    private static final int HANDLE_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final TelegramSettings settings;
    private final MessageCatalog texts;
    private final TelegramClient client;
    private final BotIdentity identity;
    private final SendQueue queue;
    private final TelegramOutbound outbound;
    private final TelegramUpdates updates;
    private final TelegramWebhook webhook;
    private final UpdateReader reader = new UpdateReader();
    private final Sending sending;
    private final Outbound recorded;
    private @Nullable OutboxPump pump;
    private @Nullable UpdatePoller polling;

    /**
     * @param router where every decision of the bot goes (it routes each to its platform's adapter,
     *     this one's {@link #outbound()} among them)
     * @param events claims each update, so that it is handled once however often it arrives, on
     *     whichever instance (shared when several instances run the bot)
     * @param sendLimits paces the bot's messages within Telegram's limits, counted per bot id
     *     (shared when several instances run the bot)
     */
    public TelegramAdapter(
            TelegramSettings settings,
            TelegramClient client,
            BotIdentity identity,
            Bot bot,
            Outbound router,
            EventDeduplicator events,
            SendRateLimiter sendLimits,
            Clock clock) {
        this(
                settings,
                client,
                identity,
                bot,
                router,
                events,
                sendLimits,
                Sending.standard(),
                clock,
                MessageCatalog.bundled());
    }

    /**
     * How the adapter's send queue behaves under load.
     *
     * @param maxReplyAge a reply that has waited this long in the queue is dropped
     * @param metrics where the queue reports its depth, waiting time and drops
     * @param outbox where batches are recorded before they are sent; none: straight to the queue
     * @param instance this instance's name among the outbox's senders
     * @param claimAfter how long another sender's entry may go untouched before this one takes it
     */
    public record Sending(
            Duration maxReplyAge,
            SendMetrics metrics,
            @Nullable DecisionOutbox outbox,
            String instance,
            Duration claimAfter) {
        /** Replies dropped after 30 s; no metrics; no outbox. */
        public static Sending standard() {
            return new Sending(SendQueue.DEFAULT_MAX_REPLY_AGE, SendMetrics.NONE);
        }

        /** No outbox: decisions go straight to the send queue and are lost with the process. */
        public Sending(Duration maxReplyAge, SendMetrics metrics) {
            this(maxReplyAge, metrics, null, "local", Duration.ofMinutes(1));
        }

        /**
         * These settings with an outbox: every batch is recorded before it is sent and removed once
         * Telegram accepted it; what a stopped or dead sender left is carried out here.
         *
         * @param instance this instance's name among the senders
         * @param claimAfter how long an entry another sender took may go untouched before this one
         *     carries it out
         */
        public Sending withOutbox(DecisionOutbox outbox, String instance, Duration claimAfter) {
            return new Sending(maxReplyAge, metrics, outbox, instance, claimAfter);
        }
    }

    /** As above, with how the send queue behaves under load and the command menu's texts. */
    public TelegramAdapter(
            TelegramSettings settings,
            TelegramClient client,
            BotIdentity identity,
            Bot bot,
            Outbound router,
            EventDeduplicator events,
            SendRateLimiter sendLimits,
            Sending sending,
            Clock clock,
            MessageCatalog texts) {
        this.texts = texts;
        this.settings = settings;
        this.client = client;
        this.identity = identity;
        this.queue = new SendQueue(
                sendLimits,
                "telegram:" + identity.id(),
                SendQueue.Backoff.standard(),
                clock,
                settings.sendThreads(),
                sending.maxReplyAge(),
                sending.metrics());
        this.outbound = new TelegramOutbound(client, queue, bot, identity.account(), router, clock);
        this.sending = sending;
        this.recorded = sending.outbox() == null
                ? outbound
                : new DurableOutbound(sending.outbox(), Platform.TELEGRAM, outbound);
        UpdateMapper mapper = new UpdateMapper(
                identity,
                new ChatAdministrators(client, clock, settings.adminCacheTtl(), settings.adminRoleChats()),
                clock);
        this.updates = new TelegramUpdates(mapper, bot, router, client, events, identity.id());
        this.webhook = new TelegramWebhook(settings.webhookSecret(), reader, updates);
    }

    /** A Bot API client for the configured server, on OkHttp. */
    public static TelegramClient client(TelegramSettings settings) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(75, TimeUnit.SECONDS)
                .build();
        return new OkHttpTelegramClient(http, settings.token(), telegramUrl(settings.apiUrl()));
    }

    /** Asks Telegram who the bot is ({@code getMe}); blocks for one call. */
    public static BotIdentity identify(TelegramClient client) throws TelegramApiException {
        User me = client.execute(new GetMe());
        return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    /** Publishes the commands and starts receiving updates. Blocks for a few API calls. */
    public synchronized void start() throws TelegramApiException {
        DecisionOutbox outbox = sending.outbox();
        if (outbox != null && pump == null) {
            // Before updates arrive: what the last instance left is carried out first.
            pump = new OutboxPump(
                            outbox, Platform.TELEGRAM, sending.instance(), outbound, OUTBOX_TAKE, sending.claimAfter())
                    .start();
        }
        BotCommands.publish(client, texts, settings.staffChats());
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            client.execute(SetWebhook.builder()
                    .url(String.valueOf(settings.webhookUrl()))
                    .secretToken(settings.webhookSecret())
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build());
            log.info("Telegram webhook registered for @{}", identity.username());
            return;
        }
        client.execute(DeleteWebhook.builder().build());
        updates.startHandlers(HANDLE_THREADS);
        UpdatePoller poller = new UpdatePoller(
                HttpUrl.get(settings.apiUrl()),
                settings.token(),
                reader,
                ALLOWED_UPDATES,
                POLL_SECONDS,
                updates::handle);
        polling = poller;
        poller.start();
        log.info("Telegram long polling started for @{}", identity.username());
    }

    /** Carries decisions for Telegram chats out at once (not recorded in the outbox). */
    public TelegramOutbound outbound() {
        return outbound;
    }

    /**
     * Where decisions for Telegram chats go; register it with the router. With an outbox each batch
     * is recorded there first (blocking for the store's round trip) and sent from it; without one,
     * the same as {@link #outbound()}.
     */
    public Outbound recordedOutbound() {
        return recorded;
    }

    /** Receives webhook posts (webhook mode). */
    public TelegramWebhook webhook() {
        return webhook;
    }

    /** Who the bot is. */
    public BotIdentity identity() {
        return identity;
    }

    /** True when no Bot API call is waiting or running; for tests and shutdown. */
    public boolean idle() {
        return queue.idle();
    }

    /** Stops as a killed process would (tests): polling ends, and nothing queued is sent or settled. */
    synchronized void halt() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
        updates.stopHandlers();
        if (pump != null) {
            pump.close();
            pump = null;
        }
        queue.halt();
    }

    @Override
    public synchronized void close() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
        updates.stopHandlers();
        if (pump != null) {
            pump.close();
            pump = null;
        }
        // Waits at most 5 s; what is not sent by then stays in the outbox for the next sender.
        queue.close();
    }
}
