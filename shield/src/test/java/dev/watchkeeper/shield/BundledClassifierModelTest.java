package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.scam.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledClassifierModelTest {

    @Test
    void buildShipsTheModelThatTrainingOnTheBundledSamplesMakes() {
        List<LabelledText> samples = LabelledCsv.resource(ShieldFactory.SAMPLES);
        OpenNlpScamClassifier trained = new OpenNlpScamClassifier(samples);
        OpenNlpScamClassifier shipped = new OpenNlpScamClassifier(
                samples, BundledClassifierModel.load().orElseThrow(() -> new AssertionError("run the build first")));

        for (LabelledText sample : samples) {
            String text = TextNormalizer.normalize(sample.text()).folded();
            assertThat(shipped.scamProbability(text)).as(sample.text()).isEqualTo(trained.scamProbability(text));
        }
    }

    @Test
    void shipsAModelThatStillRetrainsOnModeratorsVerdicts() {
        List<LabelledText> samples = LabelledCsv.resource(ShieldFactory.SAMPLES);
        OpenNlpScamClassifier shipped =
                new OpenNlpScamClassifier(samples, BundledClassifierModel.load().orElseThrow());
        String text = "quokka lottery tickets for the blue festival";
        double before = shipped.scamProbability(text);

        for (int i = 0; i < 5; i++) {
            shipped.addSample("quokka lottery tickets for the blue festival, buy now number " + i, true);
        }
        shipped.rebuild();

        assertThat(shipped.sampleCount()).isEqualTo(samples.size() + 5);
        assertThat(shipped.scamProbability(text)).isGreaterThan(before);
    }
}
