package dev.watchkeeper.shield.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogCountRatiosTest {
    private static final List<SparseVector> TEXTS = List.of(
            TextFeatures.of("guaranteed profit join vip group"),
            TextFeatures.of("guaranteed returns join vip signals"),
            TextFeatures.of("my withdrawal is pending join queue"),
            TextFeatures.of("my deposit is pending join chat"));
    private static final List<Boolean> SCAM = List.of(true, true, false, false);

    @Test
    void aWordSeenOnlyInSpamLeansTowardsSpamAndOneSeenOnlyInHamTowardsHam() {
        float[] ratios = LogCountRatios.of(TEXTS, SCAM);

        assertThat(ratios[word("guaranteed")]).isGreaterThan(0.5f);
        assertThat(ratios[word("pending")]).isLessThan(-0.5f);
    }

    @Test
    void aWordSeenAsOftenInBothClassesWeighsAboutNothing() {
        float[] ratios = LogCountRatios.of(TEXTS, SCAM);

        assertThat(Math.abs(ratios[word("join")])).isLessThan(0.05f);
        assertThat(ratios[word("guaranteed")]).isGreaterThan(Math.abs(ratios[word("join")]) * 10);
    }

    @Test
    void theTrainedModelFoldsTheRatiosIntoItsWeightsSoScoringIsUnchanged() {
        TextModel model = TextModelTrainer.train(TEXTS, SCAM);

        double spam = model.logit(TextFeatures.of("guaranteed profit in our vip group"));
        double ham = model.logit(TextFeatures.of("my withdrawal is still pending"));
        assertThat(spam).isGreaterThan(0).isGreaterThan(ham);
        assertThat(ham).isLessThan(0);
    }

    private static int word(String word) {
        return TextFeatures.ofToken(word)[0];
    }
}
