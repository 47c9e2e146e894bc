package dev.watchkeeper.config.discord;

import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.discord.DiscordAdapter;

/** Runs the Discord adapter while the application runs: connects when created, disconnects on close. */
public final class DiscordRunner implements PlatformRunner, AutoCloseable {
    private final DiscordAdapter adapter;

    DiscordRunner(DiscordAdapter adapter) {
        this.adapter = adapter;
        adapter.start();
    }

    @Override
    public String name() {
        return "Discord";
    }

    @Override
    public void close() {
        adapter.close();
    }
}
