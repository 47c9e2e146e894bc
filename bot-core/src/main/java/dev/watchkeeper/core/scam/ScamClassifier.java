package dev.watchkeeper.core.scam;

/**
 * Port: a trained text classifier. Implementations must be thread-safe, must not block and should
 * answer in well under a tenth of a millisecond, as every message passes through it.
 */
@FunctionalInterface
public interface ScamClassifier {
    /**
     * How likely the text is a scam, from 0 to 1.
     *
     * @param normalizedText the message after {@code TextNormalizer} folding (lower case,
     *     look-alikes folded)
     */
    double scamProbability(String normalizedText);

    /** A classifier that has no opinion. */
    static ScamClassifier none() {
        return text -> 0.0;
    }
}
