package dev.watchkeeper.shield.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.watchkeeper.shield.LabelledText;
import java.util.List;

/**
 * Fits a {@link TextModel} with LIBLINEAR's L2-regularised logistic regression (the trust-region
 * Newton solver) over features scaled by their Naive Bayes log-count ratios ({@link
 * LogCountRatios}, NBSVM): deterministic, a second or two for ten thousand messages. Texts must already be
 * folded. Calibration is fitted separately ({@link PlattScaling}) on scores of messages the model
 * did not train on.
 */
final class TextModelTrainer {
    /** Inverse regularisation strength, chosen by cross-validation on the pooled data. */
    static final double COST = 8.0;

    private static final double TOLERANCE = 0.005;

    static {
        Linear.disableDebugOutput();
    }

    private TextModelTrainer() {}

    /** Trains on folded texts; both labels must occur. Calibration is left as the identity. */
    static TextModel train(List<LabelledText> folded) {
        return train(
                folded.stream().map(s -> TextFeatures.of(s.text())).toList(),
                folded.stream().map(LabelledText::scam).toList());
    }

    static TextModel train(List<SparseVector> features, List<Boolean> scam) {
        if (!scam.contains(true) || !scam.contains(false)) {
            throw new IllegalArgumentException("need samples of both scam and ham");
        }
        float[] ratios = LogCountRatios.of(features, scam);
        Problem problem = new Problem();
        problem.l = features.size();
        problem.n = TextFeatures.DIMENSION + 1;
        problem.bias = 1.0;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            SparseVector v = features.get(i);
            Feature[] row = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                int index = v.indices()[j];
                row[j] = new FeatureNode(index + 1, v.values()[j] * ratios[index]);
            }
            row[v.size()] = new FeatureNode(problem.n, problem.bias);
            problem.x[i] = row;
            problem.y[i] = scam.get(i) ? 1 : 0;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, TOLERANCE));
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's weights point towards its first label
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[TextFeatures.DIMENSION];
        for (int i = 0; i < weights.length; i++) {
            // the regression saw each feature scaled by its ratio: fold the ratio into its weight
            weights[i] = (float) (sign * w[i] * ratios[i]);
        }
        return new TextModel(weights, sign * w[TextFeatures.DIMENSION], 1.0, 0.0);
    }
}
