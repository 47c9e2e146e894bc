package dev.watchkeeper.config.shield;

import static dev.watchkeeper.config.bot.MetricTags.tag;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationMetrics;
import dev.watchkeeper.core.moderation.wave.Wave;
import dev.watchkeeper.core.moderation.wave.WaveKind;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.Set;

/**
 * Flagged messages as Micrometer meters (served at {@code /actuator/prometheus}): {@code
 * watchkeeper.moderation.flagged} counts messages by platform and verdict ({@code suspicious},
 * {@code scam}); {@code watchkeeper.moderation.signals} counts, by signal, the flagged messages
 * each signal took part in (a message with two signals counts once for each); {@code
 * watchkeeper.moderation.waves} counts the scam waves moderators were alerted to, by kind ({@code
 * near_duplicates}, {@code new_domain}). Every known value is registered at zero when the
 * application starts. Thread-safe; never blocks.
 */
final class MicrometerModerationMetrics implements ModerationMetrics {
    private final MeterRegistry registry;

    MicrometerModerationMetrics(MeterRegistry registry, Iterable<Platform> platforms) {
        this.registry = registry;
        for (Platform platform : platforms) {
            flagged(platform, Verdict.SUSPICIOUS);
            flagged(platform, Verdict.SCAM);
        }
        for (Signal signal : Signal.values()) {
            signals(signal);
        }
        for (WaveKind kind : WaveKind.values()) {
            waves(kind);
        }
    }

    @Override
    public void waveDetected(Wave wave) {
        waves(wave.kind()).increment();
    }

    private Counter waves(WaveKind kind) {
        return Counter.builder("watchkeeper.moderation.waves")
                .description("Scam waves moderators were alerted to: near-duplicate bursts, new domains across chats")
                .tag("kind", tag(kind))
                .register(registry);
    }

    @Override
    public void flagged(Platform platform, ScamVerdict verdict) {
        flagged(platform, verdict.verdict()).increment();
        Set<Signal> seen = EnumSet.noneOf(Signal.class);
        for (ScamReason reason : verdict.reasons()) {
            if (seen.add(reason.signal())) {
                signals(reason.signal()).increment();
            }
        }
    }

    private Counter flagged(Platform platform, Verdict verdict) {
        return Counter.builder("watchkeeper.moderation.flagged")
                .description("Messages the scam shield did not find clean and moderation acted on")
                .tag("platform", tag(platform))
                .tag("verdict", tag(verdict))
                .register(registry);
    }

    private Counter signals(Signal signal) {
        return Counter.builder("watchkeeper.moderation.signals")
                .description("Flagged messages by the signals that flagged them (one message may count for several)")
                .tag("signal", tag(signal))
                .register(registry);
    }
}
