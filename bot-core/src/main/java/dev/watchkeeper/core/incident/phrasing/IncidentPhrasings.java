package dev.watchkeeper.core.incident.phrasing;

import java.util.List;
import java.util.Set;

/**
 * An incident's phrasings, ready to compare questions with: a question is about the incident when
 * it is as alike as {@code threshold} to one of them, by the Dice coefficient of their character
 * n-grams ({@link TextGrams}), each n-gram weighed by how telling it is ({@link GramWeights}).
 * Immutable and thread-safe.
 */
public final class IncidentPhrasings {
    private record Phrasing(Set<String> grams, double weight) {}

    private final List<Phrasing> phrasings;
    private final GramWeights weights;
    private final double threshold;

    public IncidentPhrasings(List<String> phrasings, GramWeights weights, double threshold) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("phrasing similarity must be above 0 and at most 1: " + threshold);
        }
        this.weights = weights;
        this.phrasings = phrasings.stream()
                .map(TextGrams::of)
                .filter(g -> !g.isEmpty())
                .map(g -> new Phrasing(g, weights.sum(g)))
                .toList();
        this.threshold = threshold;
    }

    /** The similarity of the closest phrasing, 0 when there are none. */
    public double closest(String question) {
        Set<String> asked = TextGrams.of(question);
        if (asked.isEmpty()) {
            return 0.0;
        }
        double askedWeight = weights.sum(asked);
        double best = 0.0;
        for (Phrasing phrasing : phrasings) {
            double shared = 0.0;
            for (String gram : asked) {
                if (phrasing.grams().contains(gram)) {
                    shared += weights.of(gram);
                }
            }
            best = Math.max(best, 2.0 * shared / (askedWeight + phrasing.weight()));
        }
        return best;
    }

    /** True when the question is alike enough to one of the phrasings. */
    public boolean matches(String question) {
        return closest(question) >= threshold;
    }
}
