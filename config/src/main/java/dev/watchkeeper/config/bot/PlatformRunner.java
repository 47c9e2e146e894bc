package dev.watchkeeper.config.bot;

/**
 * A platform adapter that runs while the application runs (connects on start, disconnects on
 * close). When at least one is configured, the bot runs until it is stopped and the console demo
 * stays off; with none, the console demo runs.
 */
public interface PlatformRunner {
    /**
     * The lifecycle phase of runners that start on the application's start: after the web server
     * (webhooks), and before whatever sends through their adapters on its own, which stops first.
     */
    int PHASE = org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 100;

    /** The platform's name, for logs. */
    String name();
}
