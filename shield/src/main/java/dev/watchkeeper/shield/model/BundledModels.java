package dev.watchkeeper.shield.model;

import dev.watchkeeper.core.shield.EvidenceModel;
import dev.watchkeeper.shield.LabelledCsv;
import dev.watchkeeper.shield.LabelledText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The models the build trained on the bundled training data ({@link ShieldModelBuild}), and that
 * data. The shield loads the trained models instead of training at every start; training is
 * deterministic, so they are the models a start would have trained.
 */
public final class BundledModels {
    /** The samples written for this project. */
    public static final String OWN_SAMPLES = "/dev/watchkeeper/shield/training/own-samples.csv";

    /** The bundled training files, each a CSV of {@code text,label}. */
    public static final List<String> TRAINING = List.of(
            "/dev/watchkeeper/shield/training/tg-spam.csv", "/dev/watchkeeper/shield/training/janitr.csv", OWN_SAMPLES);

    static final String TEXT_MODEL = "/dev/watchkeeper/shield/model/text-model.bin";
    static final String EVIDENCE_MODEL = "/dev/watchkeeper/shield/model/evidence-model.properties";

    private BundledModels() {}

    /** All bundled training samples, in file order: the real messages, then the written ones. */
    public static List<LabelledText> trainingSamples() {
        List<LabelledText> all = new ArrayList<>(realSamples());
        all.addAll(writtenSamples());
        return all;
    }

    /** The bundled real messages (every training file but the project's own samples), in file order. */
    public static List<LabelledText> realSamples() {
        List<LabelledText> all = new ArrayList<>();
        for (String file : TRAINING) {
            if (!file.equals(OWN_SAMPLES)) {
                all.addAll(LabelledCsv.resource(file));
            }
        }
        return all;
    }

    /** The samples written for this project. */
    public static List<LabelledText> writtenSamples() {
        return LabelledCsv.resource(OWN_SAMPLES);
    }

    /** The text model the build trained, or empty when the build skipped that step. */
    static Optional<TextModel> textModel() {
        InputStream resource = BundledModels.class.getResourceAsStream(TEXT_MODEL);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(resource, 1 << 16)) {
            return Optional.of(TextModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled text model", e);
        }
    }

    /** The learned combination the build fitted, or empty when the build skipped that step. */
    public static Optional<EvidenceModel> evidenceModel() {
        InputStream resource = BundledModels.class.getResourceAsStream(EVIDENCE_MODEL);
        if (resource == null) {
            return Optional.empty();
        }
        try (Reader in = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
            return Optional.of(EvidenceModel.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled evidence model", e);
        }
    }

    /** The classifier over the bundled model, or trained now when the build left none. */
    public static LinearScamClassifier classifier() {
        List<LabelledText> samples = trainingSamples();
        return textModel()
                .map(model -> new LinearScamClassifier(samples, model))
                .orElseGet(() -> LinearScamClassifier.trainedOn(samples));
    }
}
