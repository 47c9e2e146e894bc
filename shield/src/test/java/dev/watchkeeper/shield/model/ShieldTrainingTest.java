package dev.watchkeeper.shield.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.EvidenceModel;
import dev.watchkeeper.shield.LabelledText;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShieldTrainingTest {
    private final ShieldTraining training =
            new ShieldTraining(ShieldTraining.inspector(ShieldFactory.inspectorShield(ShieldOptions.defaults())));

    @Test
    void trainingIsDeterministicAndSeparatesWhatItLearned() {
        List<LabelledText> samples = samples();

        ShieldTraining.Trained first = training.train(samples);
        ShieldTraining.Trained second = training.train(samples);

        assertThat(first.combination()).isEqualTo(second.combination());
        assertThat(first.text().weights()).isEqualTo(second.text().weights());
        assertThat(first.text().probability(ShieldTraining.fold("win free usdt bonus, join our vip pump group now")))
                .isGreaterThan(first.text().probability(ShieldTraining.fold("my deposit is still pending, what now")));
    }

    @Test
    void theTextModelsProbabilityIsCalibratedBetweenZeroAndOne() {
        TextModel model = training.train(samples()).text();

        double p = model.probability(ShieldTraining.fold("join our vip signals group, guaranteed profit"));
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(model.drivers(ShieldTraining.fold("join our vip signals group, guaranteed profit"), 3))
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void thePrecisionCurveRisesWithTheScoreOnSeparableData() {
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        boolean[] positive = {false, false, false, true, false, true, true, true};

        double[][] curve = ShieldTraining.precisionCurve(scores, positive);
        EvidenceModel model = new EvidenceModel(0, java.util.Map.of(), curve[0], curve[1]);

        assertThat(curve[0]).isSorted();
        assertThat(model.threshold(1.0)).isEqualTo(0.7);
        assertThat(model.threshold(0.8)).isEqualTo(0.4);
    }

    @Test
    void thresholdsAreMeasuredOnRealMessagesOnlyNotOnWrittenSamples() {
        // one feature, the score itself; the written rows are easy, perfectly separated scams
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        double[] realScores = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        boolean[] realLabels = {false, false, false, true, false, true, true, true};
        for (int i = 0; i < realScores.length; i++) {
            rows.add(row(realScores[i]));
            labels.add(realLabels[i]);
        }
        for (int i = 0; i < 40; i++) {
            rows.add(row(0.55));
            labels.add(true);
        }
        boolean[] positive = new boolean[labels.size()];
        boolean[] measured = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.get(i);
            measured[i] = i < realScores.length;
        }

        EvidenceModel realOnly = ShieldTraining.combination(rows, positive, measured);
        EvidenceModel counted = ShieldTraining.combination(rows, positive);

        // counted, the written scams make every threshold look precise; measured on real messages
        // only, the real false positive keeps the precision of the lower thresholds below 1
        assertThat(lowestPrecision(counted)).isGreaterThan(lowestPrecision(realOnly));
        assertThat(lowestPrecision(realOnly)).isEqualTo(0.5);
    }

    private static double[] row(double score) {
        double[] row = new double[EvidenceModel.FEATURES.size()];
        row[EvidenceModel.FEATURES.indexOf("TEXT")] = Math.log(score / (1 - score));
        return row;
    }

    private static double lowestPrecision(EvidenceModel model) {
        return model.precisions()[0];
    }

    private static List<LabelledText> samples() {
        List<LabelledText> samples = new ArrayList<>();
        String[] scams = {
            "win free usdt, join our vip pump group now",
            "guaranteed profit 300% daily, dm me to invest",
            "free airdrop bonus, claim now before it ends",
            "join vip signals group, 100% win rate, dm admin",
            "send 1 eth and receive 2 eth back, limited giveaway",
            "earn $500 per day from home, dm me for details",
        };
        String[] hams = {
            "my deposit is still pending, what should i do",
            "how long does a withdrawal take to arrive",
            "i forgot my password and cannot log in",
            "which network should i choose for usdt",
            "thanks, my kyc was approved today",
            "is the app down for anyone else right now",
        };
        for (int round = 0; round < 4; round++) {
            for (String s : scams) {
                samples.add(new LabelledText(s + " " + round, true));
            }
            for (String h : hams) {
                samples.add(new LabelledText(h + " " + round, false));
            }
        }
        return samples;
    }
}
