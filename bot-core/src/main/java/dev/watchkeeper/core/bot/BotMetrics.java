package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Inbound;
import java.time.Duration;
import java.util.List;

/**
 * The port the {@link Bot} reports every handled event to; the application implements it with
 * Micrometer (events received per platform and when the last one came, handling time, how
 * questions ended by language). Called on the thread that handled the event, once it is handled;
 * implementations are thread-safe, never block and never throw.
 */
public interface BotMetrics {
    /** Does nothing: for tests and deployments without metrics. */
    BotMetrics NONE = new BotMetrics() {};

    /**
     * An event was handled.
     *
     * @param inbound the event; a message carries the language the bot decided to answer it in
     * @param decisions what the bot decided, possibly nothing
     * @param took how long deciding took
     */
    default void handled(Inbound inbound, List<Decision> decisions, Duration took) {}
}
