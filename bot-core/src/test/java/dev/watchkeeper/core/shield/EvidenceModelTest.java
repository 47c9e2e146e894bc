package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceModelTest {
    private final EvidenceModel model = new EvidenceModel(
            -2.0,
            Map.of("SECRET_REQUEST", 4.0, "TEXT", 1.0, "WARNING", -3.0),
            new double[] {0.2, 0.5, 0.8, 0.9},
            new double[] {0.6, 0.85, 0.98, 0.97});

    @Test
    void theThresholdIsTheLowestScoreThatReachedTheTargetPrecision() {
        assertThat(model.threshold(0.8)).isEqualTo(0.5);
        assertThat(model.threshold(0.97)).isEqualTo(0.8);
        assertThat(model.threshold(0.6)).isEqualTo(0.2);
    }

    @Test
    void aTargetNoScoreReachedFallsBackToTheHighestMeasuredScore() {
        assertThat(model.threshold(0.999)).isEqualTo(0.9);
    }

    @Test
    void evidenceRaisesTheProbabilityAndTalkAboutScamsLowersIt() {
        Inspection request = inspection(List.of(new Evidence(Signal.SECRET_REQUEST, 0.9, "send me your seed")), false);
        Inspection warning = inspection(List.of(new Evidence(Signal.SECRET_REQUEST, 0.9, "send me your seed")), true);
        Inspection nothing = inspection(List.of(), false);

        assertThat(model.probability(request)).isGreaterThan(model.probability(nothing));
        assertThat(model.probability(warning)).isLessThan(model.probability(request));
    }

    @Test
    void aModelSurvivesBeingWrittenAndReadBack() {
        assertThat(EvidenceModel.parse(model.format())).isEqualTo(model);
    }

    @Test
    void aMalformedModelIsRefusedWithTheReason() {
        assertThatThrownBy(() -> EvidenceModel.parse("intercept=abc\nthresholds=0.5\nprecisions=0.9\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed evidence model");
        assertThatThrownBy(() -> EvidenceModel.parse("intercept=0\nthresholds=0.5,0.6\nprecisions=0.9\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsAndContextSignalsAreNotAmongTheLearnedFeatures() {
        assertThat(EvidenceModel.FEATURES)
                .doesNotContain(
                        "SEED_PHRASE",
                        "PRIVATE_KEY",
                        "NEAR_DUPLICATE",
                        "IMPERSONATION",
                        "PHISHING_DOMAIN",
                        "LOOKALIKE_DOMAIN",
                        "CLASSIFIER")
                .contains("SECRET_REQUEST", "BAIT_DOMAIN", "TEXT", "WARNING");
    }

    private static Inspection inspection(List<Evidence> evidence, boolean warning) {
        return new Inspection(evidence, 0.5, List.of(), warning, 0, 0, false);
    }
}
