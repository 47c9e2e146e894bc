package dev.watchkeeper.knowledge.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@link ConfidenceModel} of each analysis key. A language's analysis (its stemmer, stop words,
 * segmentation) shapes the match features: a Turkish question covers less of an entry's words than
 * an English one that is as clearly about it, so each language needs its own calibration for a
 * confidence of 0.7 to mean about 70% right in every language. A key without a model of its own
 * uses English's. Immutable; thread-safe.
 */
public final class ConfidenceModels {
    /** The general models, for any knowledge base: English fitted on the English evaluation sets. */
    public static final String RESOURCE = "/analysis/confidence.properties";

    /** The models fitted for the bundled knowledge base, over {@link #RESOURCE}. */
    public static final String BUNDLED_KB_RESOURCE = "/kb/confidence.properties";

    /** The name of a knowledge-base folder's own models, read over the general ones. */
    public static final String FILE_NAME = "confidence.properties";

    private static final String ENGLISH = "en";
    private static final String HYBRID = ".hybrid";

    private final Map<String, ConfidenceModel> byKey;

    private ConfidenceModels(Map<String, ConfidenceModel> byKey) {
        if (!byKey.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("an English confidence model is required");
        }
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * The models in {@value #RESOURCE}, for any knowledge base (see knowledge/CALIBRATION.md for
     * how they are fitted).
     */
    public static ConfidenceModels bundled() {
        return Bundled.GENERAL;
    }

    /** The models fitted on questions to the bundled knowledge base ({@value #BUNDLED_KB_RESOURCE}). */
    public static ConfidenceModels bundledKnowledgeBase() {
        return Bundled.KNOWLEDGE_BASE;
    }

    /**
     * These models with those of a file ({@code key = seven or nine numbers} lines) in their place.
     *
     * @throws IllegalArgumentException when the file cannot be read or a line is not seven or nine numbers
     */
    public ConfidenceModels overriddenBy(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return overriddenBy(read(reader));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read confidence models " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private ConfidenceModels overriddenBy(Map<String, ConfidenceModel> models) {
        Map<String, ConfidenceModel> copy = new LinkedHashMap<>(byKey);
        copy.putAll(models);
        return new ConfidenceModels(copy);
    }

    /** The same model for every language (evaluation of one setting). */
    public static ConfidenceModels of(ConfidenceModel model) {
        return new ConfidenceModels(Map.of(ENGLISH, requireNonNull(model, "model")));
    }

    /** The lexical model for an analysis key; English's when the key has none. */
    public ConfidenceModel forKey(String key) {
        ConfidenceModel model = byKey.get(key);
        return model != null ? model : byKey.get(ENGLISH);
    }

    /**
     * The model for an analysis key's hybrid search ({@code <key>.hybrid}); English's hybrid model
     * when the key has none, and the key's lexical model when neither has one.
     */
    public ConfidenceModel forHybrid(String key) {
        ConfidenceModel model = byKey.get(key + HYBRID);
        if (model == null) {
            model = byKey.get(ENGLISH + HYBRID);
        }
        return model != null ? model : forKey(key);
    }

    /**
     * Reads lines {@code key = bias coverage entryCoverage score margin share unknown [dense
     * denseMargin]}; a key ending in {@code .hybrid} is the model of that language's hybrid search.
     *
     * @throws IOException when the reader fails
     *
     * @throws IllegalArgumentException for a line that is not seven or nine numbers
     */
    static Map<String, ConfidenceModel> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, ConfidenceModel> models = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(key).strip().split("\\s+");
            if (parts.length != 7 && parts.length != 9) {
                throw new IllegalArgumentException(
                        "confidence model '" + key + "' needs 7 or 9 numbers, has " + parts.length);
            }
            double[] w = new double[9];
            for (int i = 0; i < parts.length; i++) {
                try {
                    w[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("confidence model '" + key + "': not a number: " + parts[i], e);
                }
            }
            models.put(key, new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]));
        }
        return models;
    }

    private static final class Bundled {
        static final ConfidenceModels GENERAL = new ConfidenceModels(load(RESOURCE));
        static final ConfidenceModels KNOWLEDGE_BASE = GENERAL.overriddenBy(load(BUNDLED_KB_RESOURCE));

        private static Map<String, ConfidenceModel> load(String resource) {
            try (InputStream in = ConfidenceModels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
