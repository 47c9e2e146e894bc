package dev.watchkeeper.shield;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;

/**
 * The classifier's model trained on the bundled samples, written by the build (right after
 * compiling, by {@link #main}) so that the shield loads it instead of training at every start:
 * training was the costliest part of building the shield cold, most of it in the JIT compiling
 * the optimiser's loops. Training is deterministic, so the loaded model is the one a start would
 * have trained; a test checks it against a fresh training.
 */
public final class BundledClassifierModel {
    static final String RESOURCE = "/dev/watchkeeper/shield/classifier-model.bin";

    private BundledClassifierModel() {}

    /** Trains on the bundled samples and writes the model to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        OpenNlpScamClassifier classifier = new OpenNlpScamClassifier(LabelledCsv.resource(ShieldFactory.SAMPLES));
        try (OutputStream out = Files.newOutputStream(file)) {
            classifier.writeModel(out);
        }
    }

    /** The model the build wrote, or empty when there is none (a build that skipped that step). */
    static Optional<DoccatModel> load() {
        InputStream resource = BundledClassifierModel.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(resource)) {
            return Optional.of(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled classifier model", e);
        }
    }
}
