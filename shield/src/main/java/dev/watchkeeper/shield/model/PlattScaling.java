package dev.watchkeeper.shield.model;

/**
 * Platt scaling: fits {@code p = 1 / (1 + exp(-(a * score + b)))} to held-out scores and labels by
 * Newton's method on the log loss, with Platt's smoothed targets so that a perfectly separated set
 * does not give infinite slopes.
 */
final class PlattScaling {
    private PlattScaling() {}

    /** Returns {@code {a, b}}. */
    static double[] fit(double[] scores, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = positive.length - pos;
        double hiTarget = (pos + 1.0) / (pos + 2.0);
        double loTarget = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < scores.length; i++) {
                double t = positive[i] ? hiTarget : loTarget;
                double p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
                double d = p - t;
                double w = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-7 && Math.abs(db) < 1e-7) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
