package dev.watchkeeper.config.telegram;

import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.telegram.TelegramAdapter;
import java.net.URI;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the Telegram adapter while the application runs: starts polling (or registers the
 * webhook) once the context is ready, and stops it first on shutdown.
 */
final class TelegramRunner implements PlatformRunner, SmartLifecycle {
    private final TelegramAdapter adapter;
    private final URI apiUrl;
    private volatile boolean running;

    TelegramRunner(TelegramAdapter adapter, URI apiUrl) {
        this.adapter = adapter;
        this.apiUrl = apiUrl;
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
            throw TelegramStartFailure.of("the start-up calls", apiUrl, e);
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
