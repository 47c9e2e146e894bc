package dev.watchkeeper.config.bot;

/**
 * A platform adapter that runs while the application runs (connects on start, disconnects on
 * close). When at least one is configured, the bot runs until it is stopped and the console demo
 * stays off; with none, the console demo runs.
 */
public interface PlatformRunner {
    /**
     * The lifecycle phase of runners that start on the application's start: after the web server
     * starts (webhooks), and before whatever sends through their adapters on its own, which stops
     * first. On a stop, the web server's graceful shutdown (phase {@code DEFAULT_PHASE - 1024})
     * comes first: webhook posts in hand are handled while the adapters still send, and posts
     * arriving after it are refused, so Telegram delivers them again. The web server itself stops
     * last ({@code DEFAULT_PHASE - 2048}).
     */
    int PHASE = org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 1536;

    /** The platform's name, for logs. */
    String name();
}
