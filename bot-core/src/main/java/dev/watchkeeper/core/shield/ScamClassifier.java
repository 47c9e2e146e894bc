package dev.watchkeeper.core.shield;

import java.util.List;

/**
 * Port: a trained text model. Implementations must be thread-safe, must not block and should
 * answer in a few microseconds, as every message passes through it.
 */
public interface ScamClassifier {
    /**
     * The calibrated probability that the text is spam or a scam, from 0 to 1.
     *
     * @param normalizedText the message after {@code TextNormalizer} folding (lower case,
     *     look-alikes folded)
     */
    double scamProbability(String normalizedText);

    /**
     * The words of the text that pushed its score towards spam most, strongest first, at most
     * {@code limit}; for the reason a moderator reads. Empty when the model cannot tell.
     */
    default List<String> drivers(String normalizedText, int limit) {
        return List.of();
    }

    /** A classifier that has no opinion. */
    static ScamClassifier none() {
        return text -> 0.0;
    }
}
