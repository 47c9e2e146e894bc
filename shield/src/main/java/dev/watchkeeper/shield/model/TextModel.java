package dev.watchkeeper.shield.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained text model: a logistic regression over {@link TextFeatures}, with Platt scaling fitted
 * on held-out scores so that {@link #probability} is a calibrated probability of spam. Immutable
 * and thread-safe; scoring a message costs a few microseconds and allocates only its features.
 *
 * @param weights one weight per hashed feature
 * @param bias the intercept
 * @param plattA slope of the calibration of the raw logit
 * @param plattB intercept of the calibration
 */
record TextModel(float[] weights, double bias, double plattA, double plattB) {
    private static final int MAGIC = 0x57_4b_54_4d;

    TextModel {
        if (weights.length != TextFeatures.DIMENSION) {
            throw new IllegalArgumentException("expected " + TextFeatures.DIMENSION + " weights");
        }
    }

    /** The model's raw (uncalibrated) logit for a feature vector. */
    double logit(SparseVector features) {
        return features.dot(weights) + bias;
    }

    /**
     * The calibrated probability that the folded text is spam or a scam, drawn towards the model's
     * probability for a text it knows nothing of (its intercept alone) for texts of fewer than
     * {@value #FULL_WORDS} words: a greeting or a bare link is too little text to judge.
     */
    double probability(String folded) {
        String[] tokens = ClassifierTokens.of(folded);
        return withLength(calibrated(logit(TextFeatures.of(tokens))), tokens.length);
    }

    /** Words from which the model's probability counts in full. */
    static final int FULL_WORDS = 4;

    /** A probability drawn towards the no-knowledge one the further the text is from {@link #FULL_WORDS}. */
    double withLength(double probability, int words) {
        double trust = Math.min(1.0, words / (double) FULL_WORDS);
        double neutral = calibrated(bias);
        return neutral + (probability - neutral) * trust;
    }

    double calibrated(double logit) {
        return 1 / (1 + Math.exp(-(plattA * logit + plattB)));
    }

    /** The same weights with another calibration. */
    TextModel withCalibration(double a, double b) {
        return new TextModel(weights, bias, a, b);
    }

    /**
     * The words that pushed the score towards spam most, strongest first: each word's own
     * features (the word and its subwords), weighted as in the message.
     */
    List<String> drivers(String folded, int limit) {
        String[] tokens = ClassifierTokens.of(folded);
        Map<String, Double> push = new LinkedHashMap<>();
        for (String token : tokens) {
            if (push.containsKey(token) || token.startsWith("#")) {
                continue;
            }
            double sum = 0;
            for (int index : TextFeatures.ofToken(token)) {
                sum += weights[index];
            }
            push.put(token, sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(push.entrySet());
        ranked.removeIf(e -> e.getValue() <= 0);
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(weights.length);
        data.writeDouble(bias);
        data.writeDouble(plattA);
        data.writeDouble(plattB);
        for (float w : weights) {
            data.writeFloat(w);
        }
        data.flush();
    }

    static TextModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a text model");
        }
        int n = data.readInt();
        double bias = data.readDouble();
        double a = data.readDouble();
        double b = data.readDouble();
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            weights[i] = data.readFloat();
        }
        return new TextModel(weights, bias, a, b);
    }
}
