package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.wave.Wave;
import dev.watchkeeper.core.shield.ScamVerdict;

/**
 * The port the {@link ModerationDesk} reports flagged messages and scam waves to; the application
 * implements it with Micrometer (messages by verdict, the signals behind them, waves by kind). Called on the thread that
 * screens the message; implementations are thread-safe, never block and never throw.
 */
public interface ModerationMetrics {
    /** Does nothing: for tests and deployments without metrics. */
    ModerationMetrics NONE = new ModerationMetrics() {};

    /**
     * The desk acted on a message the shield did not find clean: a leaked secret anywhere, a
     * suspicious message or a scam in a group (reports quoting a scam are not counted), with the
     * verdict it acted on (during a scam wave a new member's suspicious message is a scam).
     */
    default void flagged(Platform platform, ScamVerdict verdict) {}

    /** The desk alerted moderators to a scam wave (once per wave). */
    default void waveDetected(Wave wave) {}
}
