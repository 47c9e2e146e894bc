package dev.watchkeeper.telegram;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.telegram.inbound.UpdateMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Handles each update once, across instances too: the {@link EventDeduplicator} claims its id
 * ({@code telegram:<bot id>:update:<update id>}; update ids count per bot) before anything else
 * happens, so of two deliveries (a webhook retried, two instances polling) one goes further. The
 * claim is marked handled once the decisions are recorded; a handler killed before that holds the
 * update for {@link #CLAIM_LEASE} only, so Telegram's next delivery of it (it was not confirmed)
 * is handled then rather than lost. Then
 * it maps the update to the core's event, asks the {@link Bot} and sends every decision through the
 * router (a decision may be for another platform), and answers a button press (so the client stops
 * its spinner) with the bot's notices for the presser as an alert only they see. Used by long
 * polling and the webhook alike.
 * A failure on one update costs that update only and is logged once per kind ({@link FailureLog}).
 * Thread-safe; blocks while the bot decides, never on sending.
 */
public final class TelegramUpdates {
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    /** Far longer than handling an update takes; how long a killed handler's claim holds the update. */
    static final Duration CLAIM_LEASE = Duration.ofSeconds(10);

    private static final Duration HELD_POLL = Duration.ofMillis(250);

    private final UpdateMapper mapper;
    private final Bot bot;
    private final Outbound router;
    private final TelegramClient client;
    private final EventDeduplicator events;
    private final String eventPrefix;
    private final FailureLog failures = new FailureLog(log);
    private volatile @Nullable ExecutorService handlers;

    /** @param botId the bot's Telegram user id, which scopes its update ids */
    public TelegramUpdates(
            UpdateMapper mapper,
            Bot bot,
            Outbound router,
            TelegramClient client,
            EventDeduplicator events,
            long botId) {
        this.mapper = mapper;
        this.bot = bot;
        this.router = router;
        this.client = client;
        this.events = events;
        this.eventPrefix = "telegram:" + botId + ":update:";
    }

    /**
     * Handles a batch and returns when every update of it is handled: the updates of one chat in
     * order, different chats side by side on the handling threads (a flooded group does not hold
     * up the others, and the cores are used).
     */
    public void handle(List<Update> updates) {
        if (updates.size() < 2 || handlers == null) {
            updates.forEach(this::handle);
            return;
        }
        Map<String, List<Update>> byChat = new LinkedHashMap<>();
        for (Update update : updates) {
            byChat.computeIfAbsent(chatOf(update), c -> new ArrayList<>()).add(update);
        }
        List<Future<?>> running = new ArrayList<>(byChat.size());
        for (List<Update> chat : byChat.values()) {
            running.add(handlers.submit(() -> chat.forEach(this::handle)));
        }
        for (Future<?> chat : running) {
            try {
                chat.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                failures.failed("handling a batch of Telegram updates", "batch", e.getCause());
            }
        }
    }

    /** The chat an update is about, for keeping a chat's updates in order; "" when it has none. */
    private static String chatOf(Update update) {
        try {
            if (update.hasMessage()) {
                return String.valueOf(update.getMessage().getChatId());
            }
            if (update.hasEditedMessage()) {
                return String.valueOf(update.getEditedMessage().getChatId());
            }
            if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
                return String.valueOf(update.getCallbackQuery().getMessage().getChatId());
            }
        } catch (RuntimeException e) {
            // A malformed update: handled with the others that have no chat, in order.
        }
        return "";
    }

    /** Starts the threads that handle the chats of a batch side by side; without it, one by one. */
    void startHandlers(int threads) {
        if (threads > 1 && handlers == null) {
            handlers = Executors.newFixedThreadPool(
                    threads,
                    Thread.ofPlatform().name("telegram-handle-", 0).daemon(true).factory());
        }
    }

    /** Stops the handling threads (after the batch in hand). */
    void stopHandlers() {
        ExecutorService running = handlers;
        handlers = null;
        if (running != null) {
            running.shutdown();
        }
    }

    /**
     * Handles one update; a repeat of an update already taken, here or by another instance, is
     * ignored. Never throws; may block for the deduplicator's round trips, and up to {@link
     * #CLAIM_LEASE} while another handler holds the update.
     */
    public void handle(Update update) {
        if (update.getUpdateId() == null) {
            return;
        }
        String id = eventPrefix + update.getUpdateId();
        try {
            if (!take(id)) {
                return;
            }
        } catch (RuntimeException e) {
            failures.failed("handling a Telegram update", update.getUpdateId().toString(), e);
            return;
        }
        List<PrivateNotice> toPresser = new ArrayList<>();
        try {
            String presser = presser(update);
            for (Inbound inbound : mapper.events(update)) {
                List<Decision> decisions = new ArrayList<>();
                for (Decision decision : bot.handle(inbound)) {
                    if (decision instanceof PrivateNotice notice
                            && notice.recipient().id().equals(presser)) {
                        toPresser.add(notice);
                    } else {
                        decisions.add(decision);
                    }
                }
                if (!decisions.isEmpty()) {
                    router.send(decisions);
                }
            }
        } catch (RuntimeException e) {
            failures.failed("handling a Telegram update", update.getUpdateId().toString(), e);
        } finally {
            if (update.hasCallbackQuery()) {
                answer(update.getCallbackQuery().getId(), toPresser);
            }
            // After recording what it led to (or failing for good): a repeat is ignored from now on.
            events.handled(id);
        }
    }

    /** Who pressed the button of a callback query; none for any other update. */
    private static @Nullable String presser(Update update) {
        return update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null
                ? update.getCallbackQuery().getFrom().getId().toString()
                : null;
    }

    /**
     * Claims the update; while another handler holds it, waits for that one to finish or for its
     * claim to lapse (it was killed before recording what the update led to), and takes it then.
     */
    private boolean take(String id) {
        long until = System.nanoTime() + CLAIM_LEASE.toNanos() + HELD_POLL.toNanos();
        while (true) {
            switch (events.claim(id, CLAIM_LEASE)) {
                case TAKEN -> {
                    return true;
                }
                case HANDLED -> {
                    return false;
                }
                case HELD -> {
                    if (System.nanoTime() - until > 0) {
                        return false;
                    }
                    try {
                        Thread.sleep(HELD_POLL);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
    }

    /**
     * Answers a button press, so the client stops its spinner; the bot's notices for the presser
     * (why the press did nothing) show as an alert only they see.
     */
    private void answer(String callbackQueryId, List<PrivateNotice> notices) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
                AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
        if (!notices.isEmpty()) {
            String text =
                    String.join("\n", notices.stream().map(PrivateNotice::text).toList());
            answer.text(
                            text.length() <= PrivateNotice.MAX_LENGTH
                                    ? text
                                    : text.substring(0, PrivateNotice.MAX_LENGTH - 1) + "…")
                    .showAlert(true);
        }
        try {
            client.executeAsync(answer.build()).exceptionally(e -> {
                log.debug("Could not answer a callback query: {}", e.getClass().getSimpleName());
                return false;
            });
        } catch (Exception e) {
            log.debug("Could not answer a callback query: {}", e.getClass().getSimpleName());
        }
    }
}
