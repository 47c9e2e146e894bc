package dev.watchkeeper.shield.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.watchkeeper.core.shield.EvidenceModel;
import dev.watchkeeper.core.shield.Inspection;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import dev.watchkeeper.shield.LabelledText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains the whole shield from labelled messages, the same way for the shipped model and for every
 * fold of an evaluation: the text model with LIBLINEAR; its calibration on out-of-fold scores; then
 * the learned combination ({@link EvidenceModel}) over the detectors' evidence and those
 * out-of-fold text probabilities, with the precision it reaches at each score measured out of
 * fold too. Deterministic: folds are assigned by position. Blocks for the training (seconds).
 */
public final class ShieldTraining {
    /** Folds used inside one training for out-of-fold scores. */
    static final int INNER_FOLDS = 4;

    private static final double COMBINATION_COST = 1.0;
    private static final int CURVE_POINTS = 200;

    private final Function<String, Inspection> inspector;

    /**
     * @param inspector what the detectors find in a message (a shield's {@code inspect} with no
     *     text model)
     */
    public ShieldTraining(Function<String, Inspection> inspector) {
        this.inspector = inspector;
    }

    /** The two trained models. */
    public record Trained(TextModel text, EvidenceModel combination) {
        /** The text model as a classifier that keeps the samples it was trained on, for retraining. */
        public LinearScamClassifier classifier(List<LabelledText> samples) {
            return new LinearScamClassifier(samples, text);
        }
    }

    /** Trains on the samples (raw texts, as posted), all of them measured; both labels must occur. */
    public Trained train(List<LabelledText> samples) {
        return train(samples, List.of());
    }

    /**
     * Trains on real messages and on samples written for training (raw texts, as posted); both
     * labels must occur. Both models learn from all of them, but the precision the thresholds
     * follow from is measured on the real messages only: written samples are cleaner and more
     * balanced than what a community posts, and counting them would set thresholds that keep
     * their precision only on such samples.
     */
    public Trained train(List<LabelledText> real, List<LabelledText> written) {
        List<LabelledText> samples = new ArrayList<>(real);
        samples.addAll(written);
        boolean[] measured = new boolean[samples.size()];
        Arrays.fill(measured, 0, real.isEmpty() ? samples.size() : real.size(), true);
        List<SparseVector> features = new ArrayList<>(samples.size());
        List<Boolean> labels = new ArrayList<>(samples.size());
        int[] words = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            String[] tokens = ClassifierTokens.of(fold(samples.get(i).text()));
            words[i] = tokens.length;
            features.add(TextFeatures.of(tokens));
            labels.add(samples.get(i).scam());
        }
        double[] outOfFold = outOfFoldLogits(features, labels);
        boolean[] positive = positives(labels);
        TextModel text = calibrated(features, labels, outOfFold);
        List<double[]> rows = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Inspection found = inspector.apply(samples.get(i).text());
            double p = text.withLength(text.calibrated(outOfFold[i]), words[i]);
            rows.add(EvidenceModel.features(new Inspection(
                    found.evidence(), p, List.of(), found.warningTalk(), found.links(), found.mentions(), false)));
        }
        return new Trained(text, combination(rows, positive, measured));
    }

    /** A text model trained on all the features, calibrated on out-of-fold scores. */
    static TextModel calibratedTextModel(List<SparseVector> features, List<Boolean> labels) {
        return calibrated(features, labels, outOfFoldLogits(features, labels));
    }

    private static TextModel calibrated(List<SparseVector> features, List<Boolean> labels, double[] outOfFold) {
        double[] platt = PlattScaling.fit(outOfFold, positives(labels));
        return TextModelTrainer.train(features, labels).withCalibration(platt[0], platt[1]);
    }

    private static boolean[] positives(List<Boolean> labels) {
        boolean[] positive = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.get(i);
        }
        return positive;
    }

    /** Folds a raw message the way the shield does before the text model reads it. */
    static String fold(String text) {
        return TextNormalizer.normalize(text).folded();
    }

    private static double[] outOfFoldLogits(List<SparseVector> features, List<Boolean> labels) {
        double[] out = new double[features.size()];
        for (int k = 0; k < INNER_FOLDS; k++) {
            List<SparseVector> trainX = new ArrayList<>();
            List<Boolean> trainY = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                if (i % INNER_FOLDS != k) {
                    trainX.add(features.get(i));
                    trainY.add(labels.get(i));
                }
            }
            TextModel model = TextModelTrainer.train(trainX, trainY);
            for (int i = k; i < features.size(); i += INNER_FOLDS) {
                out[i] = model.logit(features.get(i));
            }
        }
        return out;
    }

    static EvidenceModel combination(List<double[]> rows, boolean[] positive) {
        boolean[] all = new boolean[rows.size()];
        Arrays.fill(all, true);
        return combination(rows, positive, all);
    }

    /** The combination fitted on all rows, its precision curve measured on the measured rows. */
    static EvidenceModel combination(List<double[]> rows, boolean[] positive, boolean[] measured) {
        double[] outOfFold = new double[rows.size()];
        for (int k = 0; k < INNER_FOLDS; k++) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % INNER_FOLDS != k) {
                    x.add(rows.get(i));
                    y.add(positive[i]);
                }
            }
            EvidenceModel fold = fitCombination(x, y, new double[] {0.5}, new double[] {0.5});
            for (int i = k; i < rows.size(); i += INNER_FOLDS) {
                outOfFold[i] = fold.probability(rows.get(i));
            }
        }
        int n = 0;
        for (boolean m : measured) {
            n += m ? 1 : 0;
        }
        double[] measuredScores = new double[n];
        boolean[] measuredPositive = new boolean[n];
        for (int i = 0, j = 0; i < rows.size(); i++) {
            if (measured[i]) {
                measuredScores[j] = outOfFold[i];
                measuredPositive[j++] = positive[i];
            }
        }
        double[][] curve = precisionCurve(measuredScores, measuredPositive);
        List<Boolean> all = new ArrayList<>();
        for (boolean p : positive) {
            all.add(p);
        }
        return fitCombination(rows, all, curve[0], curve[1]);
    }

    private static EvidenceModel fitCombination(
            List<double[]> rows, List<Boolean> labels, double[] thresholds, double[] precisions) {
        int n = EvidenceModel.FEATURES.size();
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = n + 1;
        problem.bias = 1.0;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            double[] row = rows.get(i);
            List<Feature> nodes = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (row[j] != 0) {
                    nodes.add(new FeatureNode(j + 1, row[j]));
                }
            }
            nodes.add(new FeatureNode(n + 1, 1.0));
            problem.x[i] = nodes.toArray(Feature[]::new);
            problem.y[i] = labels.get(i) ? 1 : 0;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COMBINATION_COST, 0.001));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        for (int j = 0; j < n; j++) {
            if (w[j] != 0) {
                weights.put(EvidenceModel.FEATURES.get(j), sign * w[j]);
            }
        }
        return new EvidenceModel(sign * w[n], weights, thresholds, precisions);
    }

    /**
     * Precision of flagging every message at or above each of about {@value #CURVE_POINTS}
     * scores (every score among the 50 highest), ascending by score.
     */
    static double[][] precisionCurve(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int step = Math.max(1, scores.length / CURVE_POINTS);
        List<double[]> points = new ArrayList<>();
        int tp = 0;
        for (int r = 0; r < order.length; r++) {
            tp += positive[order[r]] ? 1 : 0;
            boolean last = r == order.length - 1 || scores[order[r + 1]] != scores[order[r]];
            if (last && ((r + 1) % step == 0 || r < 50 || r == order.length - 1)) {
                points.add(new double[] {scores[order[r]], tp / (double) (r + 1)});
            }
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] thresholds = new double[points.size()];
        double[] precisions = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            thresholds[i] = points.get(i)[0];
            precisions[i] = points.get(i)[1];
        }
        return new double[][] {thresholds, precisions};
    }

    /** What the detectors find in a message given as raw text, judged as an established member's. */
    public static Function<String, Inspection> inspector(dev.watchkeeper.core.shield.ScamShield shield) {
        return text -> shield.inspect(ScamInput.text(text));
    }
}
