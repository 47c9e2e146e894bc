package dev.watchkeeper.core.shield.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainShapeModelTest {
    private static DomainShapeModel parse(String text) throws IOException {
        return DomainShapeModel.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsWhatItWrites() throws IOException {
        DomainShapeModel model = new DomainShapeModel(Map.of("tld:xyz", 1.25, "bait:claim", 2.5), -3.0, 0.8);

        DomainShapeModel read = parse(model.format("fitted for a test\non two lines"));

        assertThat(read).isEqualTo(model);
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedFeatures() throws IOException {
        DomainShapeModel model = parse("intercept -1\nthreshold 0.6\ntld:xyz 1.5\nbait:claim 2\n");
        DomainShape shape = new DomainShape(
                "claim-x.xyz",
                false,
                List.of(
                        new DomainShape.Feature("tld:xyz", 1, ""),
                        new DomainShape.Feature("bait:claim", 1, ""),
                        new DomainShape.Feature("unknown", 1, "")));

        assertThat(model.probability(shape)).isCloseTo(1 / (1 + Math.exp(-2.5)), within(1e-12));
    }

    @Test
    void officialHostsScoreZero() throws IOException {
        DomainShapeModel model = parse("intercept 5\nthreshold 0.5\n");

        assertThat(model.probability(new DomainShape("metamask.io", true, List.of())))
                .isZero();
    }

    @Test
    void rejectsALineThatIsNotANameAndAValue() {
        assertThatThrownBy(() -> parse("intercept 1 2\n")).isInstanceOf(IOException.class);
    }

    @Test
    void theBundledModelHasAThresholdAndWeights() {
        DomainShapeModel model = DomainShapeModel.bundled();

        assertThat(model.threshold()).isBetween(0.5, 1.0);
        assertThat(model.weights()).containsKeys("brand:token", "hosting", "throwaway");
    }
}
