package dev.watchkeeper.knowledge.semantic;

import java.util.List;

/**
 * Turns a sentence into a vector whose cosine with another sentence's says how close their
 * meanings are. Implementations are thread-safe; every method blocks on the CPU while it encodes.
 */
public interface SentenceEncoder {
    /** Names the model and its version: vectors of different models are never compared or cached together. */
    String modelId();

    /** The length of every vector. */
    int dimensions();

    /** Whether the model was trained on this analysis key's language ("en", "ru", …). */
    boolean covers(String languageKey);

    /** The unit-length vector of {@code text}. */
    float[] encode(String text);

    /** The unit-length vectors of {@code texts}, in order; may use several cores. */
    List<float[]> encodeAll(List<String> texts);
}
