package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationMetrics;
import dev.watchkeeper.core.moderation.wave.Wave;
import dev.watchkeeper.core.shield.ScamVerdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the bot and the moderation desk report (flagged messages, scam waves), in order. */
public final class RecordingMetrics implements BotMetrics, ModerationMetrics {
    /** One handled event as reported. */
    public record Handled(Inbound inbound, List<Decision> decisions, Duration took) {}

    /** One flagged message as reported. */
    public record Flagged(Platform platform, ScamVerdict verdict) {}

    public final List<Handled> handled = new CopyOnWriteArrayList<>();
    public final List<Flagged> flagged = new CopyOnWriteArrayList<>();
    public final List<Wave> waves = new CopyOnWriteArrayList<>();

    @Override
    public void handled(Inbound inbound, List<Decision> decisions, Duration took) {
        handled.add(new Handled(inbound, decisions, took));
    }

    @Override
    public void flagged(Platform platform, ScamVerdict verdict) {
        flagged.add(new Flagged(platform, verdict));
    }

    @Override
    public void waveDetected(Wave wave) {
        waves.add(wave);
    }
}
