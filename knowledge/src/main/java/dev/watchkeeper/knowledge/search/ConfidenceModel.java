package dev.watchkeeper.knowledge.search;

/**
 * A logistic model of "the best entry is the right answer" over {@link MatchFeatures}. The
 * coefficients are fitted per language, and for lexical and hybrid search apart, on in-scope and
 * out-of-scope questions (see CALIBRATION.md and {@link ConfidenceModels}), so a confidence of 0.7
 * means about 70% of such answers were right. Immutable.
 *
 * @param bias intercept
 * @param coverage weight of {@link MatchFeatures#coverage()}
 * @param entryCoverage weight of {@link MatchFeatures#entryCoverage()}
 * @param score weight of {@link MatchFeatures#score()}
 * @param margin weight of {@link MatchFeatures#margin()}
 * @param share weight of {@link MatchFeatures#share()}
 * @param unknown weight of {@link MatchFeatures#unknown()}
 * @param dense weight of {@link MatchFeatures#dense()}
 * @param denseMargin weight of {@link MatchFeatures#denseMargin()}
 */
public record ConfidenceModel(
        double bias,
        double coverage,
        double entryCoverage,
        double score,
        double margin,
        double share,
        double unknown,
        double dense,
        double denseMargin) {
    /** A model of lexical features alone. */
    public ConfidenceModel(
            double bias,
            double coverage,
            double entryCoverage,
            double score,
            double margin,
            double share,
            double unknown) {
        this(bias, coverage, entryCoverage, score, margin, share, unknown, 0, 0);
    }

    /** English's bundled lexical model ({@link ConfidenceModels#bundled()}). */
    public static ConfidenceModel calibrated() {
        return ConfidenceModels.bundled().forKey("en");
    }

    /** The probability, in [0,1]. */
    public double confidence(MatchFeatures f) {
        double z = bias
                + coverage * f.coverage()
                + entryCoverage * f.entryCoverage()
                + score * f.score()
                + margin * f.margin()
                + share * f.share()
                + unknown * f.unknown()
                + dense * f.dense()
                + denseMargin * f.denseMargin();
        double p = 1.0 / (1.0 + Math.exp(-z));
        return Double.isFinite(p) ? Math.max(0.0, Math.min(1.0, p)) : 0.0;
    }
}
