package dev.watchkeeper.config.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.wave.Wave;
import dev.watchkeeper.core.moderation.wave.WaveKind;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MicrometerModerationMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerModerationMetrics metrics =
            new MicrometerModerationMetrics(registry, List.of(Platform.TELEGRAM));

    @Test
    void everyVerdictAndSignalIsThereAtZeroBeforeTheFirstFlaggedMessage() {
        assertThat(registry.get("watchkeeper.moderation.flagged").counters()).hasSize(2);
        assertThat(registry.get("watchkeeper.moderation.signals").counters()).hasSize(Signal.values().length);
        assertThat(registry.get("watchkeeper.moderation.signals").counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void countsAMessageOnceByVerdictAndOnceForEachOfItsSignals() {
        metrics.flagged(
                Platform.TELEGRAM,
                new ScamVerdict(
                        Verdict.SCAM,
                        0.97,
                        List.of(
                                new ScamReason(Signal.FAKE_SUPPORT, "support in a private chat"),
                                new ScamReason(Signal.CONTACT_REDIRECT, "write to @helpdesk"),
                                new ScamReason(Signal.FAKE_SUPPORT, "admin will help"))));

        assertThat(registry.get("watchkeeper.moderation.flagged")
                        .tags("platform", "telegram", "verdict", "scam")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(signal("fake_support")).isEqualTo(1);
        assertThat(signal("contact_redirect")).isEqualTo(1);
        assertThat(signal("seed_phrase")).isZero();
    }

    @Test
    void countsTheScamWavesModeratorsWereAlertedToByKind() {
        assertThat(registry.get("watchkeeper.moderation.waves").counters()).hasSize(WaveKind.values().length);
        Instant at = Instant.parse("2026-11-21T12:00:00Z");
        Set<ChatRef> chats = Set.of(new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP));

        metrics.waveDetected(new Wave(WaveKind.NEW_DOMAIN, 2, chats, "claim-drop.top", "mint is open", at, at));

        assertThat(registry.get("watchkeeper.moderation.waves")
                        .tag("kind", "new_domain")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("watchkeeper.moderation.waves")
                        .tag("kind", "near_duplicates")
                        .counter()
                        .count())
                .isZero();
    }

    private double signal(String signal) {
        return registry.get("watchkeeper.moderation.signals")
                .tag("signal", signal)
                .counter()
                .count();
    }
}
