package dev.watchkeeper.config.bot;

/**
 * A platform adapter that runs while the application runs (connects on start, disconnects on
 * close). When at least one is configured, the bot runs until it is stopped and the console demo
 * stays off; with none, the console demo runs.
 */
public interface PlatformRunner {
    /** The platform's name, for logs. */
    String name();
}
