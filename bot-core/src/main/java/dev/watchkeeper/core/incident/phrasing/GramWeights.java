package dev.watchkeeper.core.incident.phrasing;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How telling each n-gram is, from a background of ordinary support texts (the knowledge base's
 * questions and titles in every language): an n-gram found in many of them ({@code wit} of
 * "withdrawal", {@code 提币}) says little about one incident; a rare one ({@code pen} of "pending")
 * says much. Inverse document frequency, smoothed; an n-gram the background lacks weighs the most.
 * Immutable and thread-safe.
 */
public final class GramWeights {
    private final Map<String, Double> weights;
    private final double unseen;

    private GramWeights(Map<String, Double> weights, double unseen) {
        this.weights = weights;
        this.unseen = unseen;
    }

    /** Weights from a background of texts. */
    public static GramWeights of(Collection<String> background) {
        Map<String, Integer> documents = new HashMap<>();
        for (String text : background) {
            for (String gram : TextGrams.of(text)) {
                documents.merge(gram, 1, Integer::sum);
            }
        }
        int n = background.size();
        Map<String, Double> weights = new HashMap<>(documents.size() * 2);
        documents.forEach((gram, df) -> weights.put(gram, Math.log((n + 1.0) / (df + 1.0)) + 1.0));
        return new GramWeights(Map.copyOf(weights), Math.log(n + 1.0) + 1.0);
    }

    /** Weights from a knowledge base's entries: each title and each question is one text. */
    public static GramWeights ofEntries(Collection<KnowledgeEntry> entries) {
        List<String> texts = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            texts.add(entry.title());
            texts.addAll(entry.questions());
        }
        return of(texts);
    }

    /** Every n-gram weighs the same: no background. */
    public static GramWeights even() {
        return new GramWeights(Map.of(), 1.0);
    }

    /** The weight of one n-gram. */
    public double of(String gram) {
        return weights.getOrDefault(gram, unseen);
    }

    /** The summed weight of a set of n-grams. */
    public double sum(Set<String> grams) {
        double sum = 0.0;
        for (String gram : grams) {
            sum += of(gram);
        }
        return sum;
    }
}
