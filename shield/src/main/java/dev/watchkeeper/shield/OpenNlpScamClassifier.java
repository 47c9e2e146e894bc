package dev.watchkeeper.shield;

import dev.watchkeeper.core.scam.ScamClassifier;
import dev.watchkeeper.core.scam.text.TextNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * {@link ScamClassifier} backed by Apache OpenNLP's document categorizer: a maximum-entropy
 * (logistic regression, L2-regularised) model over word unigrams and bigrams of the folded text. Trained from labelled
 * samples; moderators' verdicts are added with {@link #addSample} and take effect at the next
 * {@link #rebuild()}, which trains a new model off to the side and swaps it in atomically.
 *
 * <p>{@link #scamProbability} is thread-safe and never blocks (each thread keeps its own
 * categorizer over the current model, as OpenNLP's categorizers are not thread-safe); it costs a
 * few microseconds. {@link #rebuild()} blocks for the training (well under a second for a few
 * hundred samples).
 */
public final class OpenNlpScamClassifier implements ScamClassifier {
    private static final String SCAM = "scam";
    private static final String HAM = "ham";
    private static final double L2_COST = 0.5;

    private record Trained(DoccatModel model, ThreadLocal<DocumentCategorizerME> categorizer, int scamIndex) {}

    private final List<LabelledText> samples = new ArrayList<>();
    private volatile Trained trained;

    /** Trains on the given samples, which must hold both labels. */
    public OpenNlpScamClassifier(List<LabelledText> samples) {
        this.samples.addAll(samples);
        this.trained = trained(train(List.copyOf(samples)));
    }

    /** Uses a model already trained on exactly these samples (they are kept for retraining). */
    OpenNlpScamClassifier(List<LabelledText> samples, DoccatModel model) {
        this.samples.addAll(samples);
        this.trained = trained(model);
    }

    @Override
    public double scamProbability(String normalizedText) {
        String[] tokens = ClassifierTokens.of(normalizedText);
        if (tokens.length == 0) {
            return 0.0;
        }
        Trained t = trained;
        return t.categorizer().get().categorize(tokens)[t.scamIndex()];
    }

    /** Adds a labelled message (raw text, as posted); takes effect at the next {@link #rebuild()}. */
    public synchronized void addSample(String text, boolean scam) {
        samples.add(new LabelledText(text, scam));
    }

    /** Retrains on all samples and swaps the new model in; lookups continue meanwhile. */
    public synchronized void rebuild() {
        trained = trained(train(List.copyOf(samples)));
    }

    /** Writes the current model in OpenNLP's format. */
    void writeModel(OutputStream out) throws IOException {
        trained.model().serialize(out);
    }

    /** How many samples the next rebuild trains on. */
    public synchronized int sampleCount() {
        return samples.size();
    }

    private static Trained trained(DoccatModel model) {
        ThreadLocal<DocumentCategorizerME> categorizer =
                ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        return new Trained(model, categorizer, categorizer.get().getIndex(SCAM));
    }

    private static DoccatModel train(List<LabelledText> samples) {
        List<DocumentSample> docs = new ArrayList<>();
        for (LabelledText s : samples) {
            String[] tokens =
                    ClassifierTokens.of(TextNormalizer.normalize(s.text()).folded());
            if (tokens.length > 0) {
                docs.add(new DocumentSample(s.scam() ? SCAM : HAM, tokens));
            }
        }
        if (docs.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
            throw new IllegalArgumentException("need samples of both scam and ham");
        }
        TrainingParameters params = new TrainingParameters();
        // L2-regularised maximum entropy: with a few hundred samples an unregularised model becomes
        // certain about every word it has seen once
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put("L2Cost", L2_COST);
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train("xx", new CollectionObjectStream<>(docs), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
