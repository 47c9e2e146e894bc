package dev.watchkeeper.knowledge;

import java.util.List;

/** Fits a logistic regression by Newton's method with a small ridge penalty (evaluation only). */
final class LogisticFit {
    private LogisticFit() {}

    /** Returns the bias followed by one weight per feature. */
    static double[] fit(List<double[]> xs, List<Integer> ys, double ridge) {
        int d = xs.getFirst().length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = withBias(xs.get(n));
                double p = sigmoid(dot(w, x));
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - ys.get(n)) * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                gradient[i] += ridge * w[i];
                hessian[i][i] += ridge;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    static double[] withBias(double[] x) {
        double[] b = new double[x.length + 1];
        b[0] = 1;
        System.arraycopy(x, 0, b, 1, x.length);
        return b;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && m[col][col] != 0) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
