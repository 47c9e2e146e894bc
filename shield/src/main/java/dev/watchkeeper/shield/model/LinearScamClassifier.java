package dev.watchkeeper.shield.model;

import dev.watchkeeper.core.shield.ScamClassifier;
import dev.watchkeeper.shield.LabelledText;
import java.util.ArrayList;
import java.util.List;

/**
 * The shield's text model as a {@link ScamClassifier}: a calibrated logistic regression over
 * hashed words, word pairs and character n-grams ({@link TextFeatures}). Moderators' verdicts are
 * added with {@link #addSample} and take effect at the next {@link #rebuild()}, which trains a new
 * model (with a fresh out-of-fold calibration) off to the side and swaps it in atomically.
 *
 * <p>{@link #scamProbability} and {@link #drivers} are thread-safe, never block and cost a few
 * microseconds. {@link #rebuild()} blocks for the training (seconds for the bundled data).
 */
public final class LinearScamClassifier implements ScamClassifier {
    private final List<LabelledText> samples = new ArrayList<>();
    private volatile TextModel model;

    /** Uses a trained model; the samples it was trained on are kept for retraining. */
    LinearScamClassifier(List<LabelledText> samples, TextModel model) {
        this.samples.addAll(samples);
        this.model = model;
    }

    /** Trains on the given samples (raw texts, as posted), which must hold both labels. */
    public static LinearScamClassifier trainedOn(List<LabelledText> samples) {
        return new LinearScamClassifier(samples, calibratedModel(samples));
    }

    @Override
    public double scamProbability(String normalizedText) {
        return model.probability(normalizedText);
    }

    @Override
    public List<String> drivers(String normalizedText, int limit) {
        return model.drivers(normalizedText, limit);
    }

    /** Adds a labelled message (raw text, as posted); takes effect at the next {@link #rebuild()}. */
    public synchronized void addSample(String text, boolean scam) {
        samples.add(new LabelledText(text, scam));
    }

    /** Retrains on all samples and swaps the new model in; lookups continue meanwhile. */
    public synchronized void rebuild() {
        model = calibratedModel(List.copyOf(samples));
    }

    /** How many samples the next rebuild trains on. */
    public synchronized int sampleCount() {
        return samples.size();
    }

    TextModel model() {
        return model;
    }

    private static TextModel calibratedModel(List<LabelledText> samples) {
        List<SparseVector> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (LabelledText s : samples) {
            features.add(TextFeatures.of(ShieldTraining.fold(s.text())));
            labels.add(s.scam());
        }
        return ShieldTraining.calibratedTextModel(features, labels);
    }
}
