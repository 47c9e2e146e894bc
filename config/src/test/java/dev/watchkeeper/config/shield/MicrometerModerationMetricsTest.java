package dev.watchkeeper.config.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
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

    private double signal(String signal) {
        return registry.get("watchkeeper.moderation.signals")
                .tag("signal", signal)
                .counter()
                .count();
    }
}
