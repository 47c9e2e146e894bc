package dev.watchkeeper.core.shield.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The weights of the domain shape model, a logistic regression fitted on real drainer domains
 * against legitimate ones: {@code p = 1 / (1 + exp(-(intercept + sum of weight * value)))}. A
 * host is flagged from {@code threshold} on. Read from and written to a small text file, one
 * {@code name value} pair a line ({@code intercept}, {@code threshold}, then the features).
 * Immutable; thread-safe.
 *
 * @param weights feature name to weight; a feature missing here weighs 0
 * @param intercept the bias
 * @param threshold the probability from which a host is flagged
 */
public record DomainShapeModel(Map<String, Double> weights, double intercept, double threshold) {
    /** Where the bundled model lives on the class path. */
    public static final String BUNDLED = "/dev/watchkeeper/core/shield/link/domain-shape-model.txt";

    public DomainShapeModel {
        weights = Map.copyOf(weights);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
    }

    /** The model the project fitted and bundled. */
    public static DomainShapeModel bundled() {
        try (InputStream in = Objects.requireNonNull(DomainShapeModel.class.getResourceAsStream(BUNDLED), BUNDLED)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED, e);
        }
    }

    /** Reads a model file; blocks on the stream. */
    public static DomainShapeModel parse(InputStream in) throws IOException {
        Map<String, Double> weights = new TreeMap<>();
        double intercept = 0;
        double threshold = 0.5;
        for (String line : LinkResources.lines(in)) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IOException("not 'name value': " + line);
            }
            double value = Double.parseDouble(parts[1]);
            switch (parts[0]) {
                case "intercept" -> intercept = value;
                case "threshold" -> threshold = value;
                default -> weights.put(parts[0], value);
            }
        }
        return new DomainShapeModel(weights, intercept, threshold);
    }

    /** The file form {@link #parse} reads, with a comment heading it. */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(String.format(Locale.ROOT, "intercept %.6f%n", intercept));
        out.append(String.format(Locale.ROOT, "threshold %.6f%n", threshold));
        new TreeMap<>(weights).forEach((name, w) -> out.append(String.format(Locale.ROOT, "%s %.6f%n", name, w)));
        return out.toString();
    }

    /** The linear score of a shape: intercept plus weighted features. */
    public double margin(DomainShape shape) {
        double z = intercept;
        for (DomainShape.Feature f : shape.features()) {
            z += weights.getOrDefault(f.name(), 0.0) * f.value();
        }
        return z;
    }

    /** The probability that the host is a drainer or phishing domain; 0 for an official one. */
    public double probability(DomainShape shape) {
        return shape.official() ? 0.0 : 1.0 / (1.0 + Math.exp(-margin(shape)));
    }

    /** The weight of a feature, 0 when the model does not know it. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }
}
