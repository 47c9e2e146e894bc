package dev.watchkeeper.telegram;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The real Telegram adapter over a test bot, polling the fake Bot API: what the bot decides goes
 * straight to the adapter's own outbound, in memory, under Telegram's send limits.
 */
final class StartedAdapter {
    private StartedAdapter() {}

    /** Started, with an in-memory update deduplicator. */
    static TelegramAdapter start(TelegramSettings settings, BotFixture fixture, Clock clock)
            throws TelegramApiException {
        return start(settings, fixture, new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, clock), clock);
    }

    /** Started, with this update deduplicator. */
    static TelegramAdapter start(TelegramSettings settings, BotFixture fixture, EventDeduplicator events, Clock clock)
            throws TelegramApiException {
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        TelegramAdapter adapter = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().outbound().send(decisions),
                events,
                new InMemorySendRateLimiter(SendLimits.telegram()),
                clock);
        self.set(adapter);
        adapter.start();
        return adapter;
    }
}
