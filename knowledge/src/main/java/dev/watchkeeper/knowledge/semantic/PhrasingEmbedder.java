package dev.watchkeeper.knowledge.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vectors of phrasings and questions: phrasings come from the {@link EmbeddingCache} when it
 * has them and are encoded (on every core) when it does not; questions are always encoded. Thread-
 * safe; both block on the CPU, and phrasings on the disk too.
 */
public final class PhrasingEmbedder {
    private static final Logger LOG = LoggerFactory.getLogger(PhrasingEmbedder.class);

    private final SentenceEncoder encoder;
    private final EmbeddingCache cache;

    public PhrasingEmbedder(SentenceEncoder encoder, EmbeddingCache cache) {
        this.encoder = encoder;
        this.cache = cache;
    }

    /** The bundled model with its vectors cached in {@code cacheFolder} (in memory when null). */
    public static PhrasingEmbedder miniLm(@Nullable Path cacheFolder) {
        SentenceEncoder encoder = new MiniLmSentenceEncoder();
        return new PhrasingEmbedder(encoder, EmbeddingCache.open(cacheFolder, encoder.modelId(), encoder.dimensions()));
    }

    /** Whether the model covers this analysis key's language. */
    public boolean covers(String languageKey) {
        return encoder.covers(languageKey);
    }

    /** A question's vector. */
    public float[] question(String text) {
        return encoder.encode(text);
    }

    /**
     * The vectors of these phrasings, in order, and how many had to be encoded. Vectors the cache
     * holds for phrasings not in this list are dropped once they outnumber the list (the previous
     * versions of edited entries).
     */
    public Embedded phrasings(List<String> texts) {
        List<EmbeddingCache.Key> keys = new ArrayList<>(texts.size());
        Map<EmbeddingCache.Key, String> missing = new LinkedHashMap<>();
        for (String text : texts) {
            EmbeddingCache.Key key = cache.keyOf(text);
            keys.add(key);
            if (cache.get(key) == null) {
                missing.put(key, text);
            }
        }
        long start = System.nanoTime();
        List<float[]> encoded = encoder.encodeAll(List.copyOf(missing.values()));
        if (!missing.isEmpty()) {
            LOG.info(
                    "Encoded {} of {} phrasings in {} ms; the rest were cached ({})",
                    missing.size(),
                    texts.size(),
                    (System.nanoTime() - start) / 1_000_000,
                    cache.file() == null ? "in memory" : cache.file());
        }
        Map<EmbeddingCache.Key, float[]> added = new LinkedHashMap<>();
        int i = 0;
        for (EmbeddingCache.Key key : missing.keySet()) {
            added.put(key, encoded.get(i++));
        }
        cache.putAll(added);
        float[][] vectors = new float[texts.size()][];
        for (int row = 0; row < keys.size(); row++) {
            float[] vector = added.get(keys.get(row));
            vectors[row] = vector != null ? vector : cache.get(keys.get(row));
        }
        Set<EmbeddingCache.Key> live = new HashSet<>(keys);
        cache.retainOnly(live);
        return new Embedded(vectors, missing.size());
    }

    /**
     * Phrasing vectors.
     *
     * @param vectors one per phrasing, in order
     * @param encoded how many were encoded rather than read from the cache
     */
    public record Embedded(float[][] vectors, int encoded) {}
}
