package dev.watchkeeper.telegram;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.ticket.TicketDesk;
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
 * starts long polling, or registers the webhook; {@link #close()} stops polling and drains the
 * send queue briefly. Decisions go out through {@link #outbound()}, which the application
 * registers with its router for {@code TELEGRAM}. Thread-safe.
 */
public final class TelegramAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    private static final int POLL_SECONDS = 50;

    private final TelegramSettings settings;
    private final TelegramClient client;
    private final BotIdentity identity;
    private final SendQueue queue;
    private final TelegramOutbound outbound;
    private final TelegramUpdates updates;
    private final TelegramWebhook webhook;
    private final UpdateReader reader = new UpdateReader();
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
            TicketDesk desk,
            Outbound router,
            EventDeduplicator events,
            SendRateLimiter sendLimits,
            Clock clock) {
        this(settings, client, identity, bot, desk, router, events, sendLimits, Sending.standard(), clock);
    }

    /**
     * How the adapter's send queue behaves under load.
     *
     * @param maxReplyAge a reply that has waited this long in the queue is dropped
     * @param metrics where the queue reports its depth, waiting time and drops
     */
    public record Sending(Duration maxReplyAge, SendMetrics metrics) {
        /** Replies dropped after 30 s; no metrics. */
        public static Sending standard() {
            return new Sending(SendQueue.DEFAULT_MAX_REPLY_AGE, SendMetrics.NONE);
        }
    }

    /** As above, with how the send queue behaves under load. */
    public TelegramAdapter(
            TelegramSettings settings,
            TelegramClient client,
            BotIdentity identity,
            Bot bot,
            TicketDesk desk,
            Outbound router,
            EventDeduplicator events,
            SendRateLimiter sendLimits,
            Sending sending,
            Clock clock) {
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
        this.outbound = new TelegramOutbound(client, queue, desk, router, clock);
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
        BotCommands.publish(client);
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

    /** Carries decisions for Telegram chats out; register it with the router. */
    public TelegramOutbound outbound() {
        return outbound;
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

    @Override
    public synchronized void close() {
        if (polling != null) {
            polling.close();
            polling = null;
        }
        queue.close();
    }
}
