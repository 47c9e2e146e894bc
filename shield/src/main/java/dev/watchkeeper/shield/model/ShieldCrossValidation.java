package dev.watchkeeper.shield.model;

import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.shield.LabelledText;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how the whole shield generalises, training it exactly as the build does ({@link
 * ShieldTraining}) on part of the data and judging the rest: k-fold cross-validation over the
 * pooled sources (folds taken within each source, so each is spread evenly), and
 * leave-one-source-out (train on every other source, test on the one left out), which predicts how
 * the shield does in a community it has never seen. Samples given as {@code alwaysTrain} (the
 * project's own) are in every training set and never tested. Deterministic; blocks for the
 * trainings (seconds each).
 */
public final class ShieldCrossValidation {
    private final ShieldOptions options;
    private final ShieldTraining training;

    public ShieldCrossValidation(ShieldOptions options) {
        this.options = options;
        this.training = new ShieldTraining(ShieldTraining.inspector(ShieldFactory.inspectorShield(options)));
    }

    /** Counts of one source's messages, judged by a shield that did not train on them. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        Counts plus(Counts o) {
            return new Counts(
                    truePositives + o.truePositives,
                    falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives,
                    trueNegatives + o.trueNegatives);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double falsePositiveRate() {
            return ratio(falsePositives, falsePositives + trueNegatives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }

    /** k-fold cross-validation: each source's counts over all folds, in the sources' order. */
    public Map<String, Counts> crossValidate(
            Map<String, List<LabelledText>> sources, List<LabelledText> alwaysTrain, int folds) {
        Map<String, Counts> out = zeroes(sources);
        for (int k = 0; k < folds; k++) {
            List<LabelledText> train = new ArrayList<>();
            Map<String, List<LabelledText>> test = new LinkedHashMap<>();
            for (Map.Entry<String, List<LabelledText>> source : sources.entrySet()) {
                List<LabelledText> held = new ArrayList<>();
                List<LabelledText> samples = source.getValue();
                for (int i = 0; i < samples.size(); i++) {
                    (i % folds == k ? held : train).add(samples.get(i));
                }
                test.put(source.getKey(), held);
            }
            ScamShield shield = trainedShield(train, alwaysTrain);
            test.forEach((name, held) -> out.merge(name, judge(shield, held), Counts::plus));
        }
        return out;
    }

    /** Leave-one-source-out: each source judged by a shield trained on all the others. */
    public Map<String, Counts> leaveOneSourceOut(
            Map<String, List<LabelledText>> sources, List<LabelledText> alwaysTrain) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String left : sources.keySet()) {
            List<LabelledText> train = new ArrayList<>();
            sources.forEach((name, samples) -> {
                if (!name.equals(left)) {
                    train.addAll(samples);
                }
            });
            out.put(left, judge(trainedShield(train, alwaysTrain), sources.get(left)));
        }
        return out;
    }

    private ScamShield trainedShield(List<LabelledText> real, List<LabelledText> written) {
        ShieldTraining.Trained trained = training.train(real, written);
        List<LabelledText> all = new ArrayList<>(real);
        all.addAll(written);
        return ShieldFactory.evaluationShield(options, trained.classifier(all), trained.combination());
    }

    private static Counts judge(ScamShield shield, List<LabelledText> samples) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (LabelledText s : samples) {
            boolean flagged = shield.check(ScamInput.text(s.text())).verdict() == Verdict.SCAM;
            if (flagged && s.scam()) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (s.scam()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    private static Map<String, Counts> zeroes(Map<String, List<LabelledText>> sources) {
        Map<String, Counts> out = new LinkedHashMap<>();
        sources.keySet().forEach(name -> out.put(name, new Counts(0, 0, 0, 0)));
        return out;
    }

    /** The counts of all sources together. */
    public static Counts pooled(Map<String, Counts> counts) {
        return counts.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }
}
