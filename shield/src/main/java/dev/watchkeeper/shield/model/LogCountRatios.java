package dev.watchkeeper.shield.model;

import java.util.List;

/**
 * Naive Bayes log-count ratios of hashed features (NBSVM, Wang and Manning 2012): for each
 * feature, {@code log((α + spam messages with it) / ‖spam‖ ÷ (α + ham messages with it) /
 * ‖ham‖)}, counted on presence as the paper does. Scaling every feature by its ratio before the
 * logistic regression lets the regression start from what Naive Bayes knows of each n-gram, which
 * is what makes it strong on short texts; the regression's weights times the ratios are an
 * ordinary linear model again, so scoring costs nothing more. Pure.
 */
final class LogCountRatios {
    /** Smoothing: one pseudo-message of each class per feature. */
    static final double ALPHA = 1.0;

    private LogCountRatios() {}

    /** One ratio per feature of {@link TextFeatures}; both labels must occur. */
    static float[] of(List<SparseVector> features, List<Boolean> scam) {
        double[] spam = new double[TextFeatures.DIMENSION];
        double[] ham = new double[TextFeatures.DIMENSION];
        for (int i = 0; i < features.size(); i++) {
            double[] counts = scam.get(i) ? spam : ham;
            for (int index : features.get(i).indices()) {
                counts[index]++;
            }
        }
        double spamTotal = 0;
        double hamTotal = 0;
        for (int i = 0; i < spam.length; i++) {
            spamTotal += spam[i] + ALPHA;
            hamTotal += ham[i] + ALPHA;
        }
        float[] ratios = new float[TextFeatures.DIMENSION];
        double offset = Math.log(hamTotal / spamTotal);
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (float) (Math.log((spam[i] + ALPHA) / (ham[i] + ALPHA)) + offset);
        }
        return ratios;
    }
}
