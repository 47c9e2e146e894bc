package dev.watchkeeper.config.telegram;

import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.telegram.TelegramAdapter;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the Telegram adapter while the application runs: starts polling (or registers the
 * webhook) once the context is ready, and stops it first on shutdown.
 */
final class TelegramRunner implements PlatformRunner, SmartLifecycle {
    private final TelegramAdapter adapter;
    private volatile boolean running;

    TelegramRunner(TelegramAdapter adapter) {
        this.adapter = adapter;
    }

    @Override
    public String name() {
        return "Telegram @" + adapter.identity().username();
    }

    @Override
    public void start() {
        try {
            adapter.start();
        } catch (org.telegram.telegrambots.meta.exceptions.TelegramApiException e) {
            throw new IllegalStateException("Telegram did not accept the start-up calls: " + e.getMessage(), e);
        }
        running = true;
    }

    @Override
    public void stop() {
        adapter.close();
        running = false;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
