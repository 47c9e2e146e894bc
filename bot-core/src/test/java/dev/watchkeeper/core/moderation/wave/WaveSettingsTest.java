package dev.watchkeeper.core.moderation.wave;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaveSettingsTest {
    private static final Duration TEN = Duration.ofMinutes(10);

    @Test
    void aWaveNeedsAtLeastTwoMessages() {
        assertThatThrownBy(() -> new WaveSettings(true, 1, TEN, 0.5, TEN))
                .hasMessage("minMessages must be from 2 to 1000 (found 1)");
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new WaveSettings(true, 5, Duration.ZERO, 0.5, TEN))
                .hasMessage("window must be positive (found PT0S)");
    }

    @Test
    void theSimilarityMustBeAFractionAboveZero() {
        assertThatThrownBy(() -> new WaveSettings(true, 5, TEN, 0, TEN))
                .hasMessage("similarity must be above 0 and at most 1 (found 0.0)");
        assertThatThrownBy(() -> new WaveSettings(true, 5, TEN, 1.5, TEN))
                .hasMessageStartingWith("similarity must be above 0");
    }

    @Test
    void strictModeCannotLastANegativeTime() {
        assertThatThrownBy(() -> new WaveSettings(true, 5, TEN, 0.5, Duration.ofMinutes(-1)))
                .hasMessage("strictFor must not be negative (found PT-1M)");
    }
}
