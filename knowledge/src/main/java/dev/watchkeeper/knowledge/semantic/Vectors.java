package dev.watchkeeper.knowledge.semantic;

/** Arithmetic on embedding vectors. */
final class Vectors {
    private Vectors() {}

    /** The vector scaled to length 1 (a copy); the zero vector stays zero. */
    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                u[i] = (float) (v[i] / norm);
            }
        }
        return u;
    }

    /** The dot product; four accumulators let the JIT keep several multiplications in flight. */
    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
