package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.phrasing.GramWeights;
import dev.watchkeeper.core.incident.phrasing.IncidentPhrasings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words open incidents are asked about in: finds the open incident a question is alike to
 * ({@link IncidentPhrasings}, n-grams weighed against the knowledge base's own texts), and lets an
 * incident learn the words of the questions its topics bring while it is open. Thread-safe; blocks
 * only as long as the incident store does.
 */
final class IncidentLanguage {
    private record Compiled(long version, IncidentPhrasings phrasings) {}

    private record Background(int entries, GramWeights weights) {}

    private final KnowledgeBase knowledgeBase;
    private final IncidentStore store;
    private final double similarity;
    private final Runnable changed;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    private volatile Background background = new Background(-1, GramWeights.even());

    IncidentLanguage(KnowledgeBase knowledgeBase, IncidentStore store, double similarity, Runnable changed) {
        this.knowledgeBase = knowledgeBase;
        this.store = store;
        this.similarity = similarity;
        this.changed = changed;
    }

    /** The first open incident whose phrasings the question is alike to. */
    Optional<Incident> alikeTo(String question, List<Incident> open) {
        for (Incident incident : open) {
            if (!incident.phrasings().isEmpty() && phrasingsOf(incident).matches(question)) {
                return Optional.of(incident);
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps a member's redacted question among the incident's phrasings: one compare-and-set, and
     * nothing when another writer came first or the incident keeps enough.
     */
    void learn(Incident incident, String redacted) {
        if (incident.phrasings().size() >= Incident.PHRASINGS_KEPT
                || incident.phrasings().contains(redacted.strip())) {
            return;
        }
        Incident next = incident.withPhrasings(List.of(redacted));
        if (next != incident && store.compareAndSet(incident, next).isPresent()) {
            changed.run();
        }
    }

    private IncidentPhrasings phrasingsOf(Incident incident) {
        String key = incident.id().value();
        Compiled known = compiled.get(key);
        if (known != null && known.version() == incident.version()) {
            return known.phrasings();
        }
        IncidentPhrasings phrasings = new IncidentPhrasings(incident.phrasings(), weights(), similarity);
        if (compiled.size() > 64) {
            compiled.clear();
        }
        compiled.put(key, new Compiled(incident.version(), phrasings));
        return phrasings;
    }

    /** The n-gram weights of the knowledge base, measured again when it has another number of entries. */
    private GramWeights weights() {
        Background known = background;
        int size = knowledgeBase.size();
        if (known.entries() == size) {
            return known.weights();
        }
        GramWeights weights = GramWeights.ofEntries(knowledgeBase.entries());
        background = new Background(size, weights);
        return weights;
    }
}
