package dev.watchkeeper.shield.model;

/**
 * A sparse feature vector: indices in ascending order, each with its value.
 *
 * @param indices hashed feature indices, ascending, no repeats
 * @param values the value of each index
 */
record SparseVector(int[] indices, float[] values) {
    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    int size() {
        return indices.length;
    }

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }
}
