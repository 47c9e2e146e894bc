package dev.watchkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real Discord adapter over a test bot, connected to the fake Discord: what the bot decides
 * goes back to the adapter's own outbound, and each event is handled once (an in-memory
 * deduplicator).
 */
final class ConnectedAdapter {
    private ConnectedAdapter() {}

    /** Started, and connected within 20 s. */
    static DiscordAdapter start(FakeDiscord discord, BotFixture fixture) throws InterruptedException {
        AtomicReference<Outbound> router = new AtomicReference<>();
        DiscordAdapter adapter = new DiscordAdapter(
                discord.settings(),
                fixture.bot,
                decisions -> router.get().send(decisions),
                new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC()));
        router.set(adapter.outbound());
        adapter.start();
        assertThat(adapter.awaitConnected(Duration.ofSeconds(20)))
                .as("connected")
                .isTrue();
        return adapter;
    }
}
