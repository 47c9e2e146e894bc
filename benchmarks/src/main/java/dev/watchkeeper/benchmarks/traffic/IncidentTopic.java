package dev.watchkeeper.benchmarks.traffic;

import java.util.List;
import java.util.Map;

/**
 * A kind of incident that makes many members ask the same thing at once, with the messages members
 * write about it in each language (the tuning set of {@code eval/incident/tuning/<id>}).
 *
 * @param id the topic's name ({@code withdrawals-stuck}), its label on the messages of its spike
 * @param entry the bundled knowledge-base entry its questions are closest to
 * @param description what happened, in a line
 * @param texts the messages about it, per language
 */
public record IncidentTopic(String id, String entry, String description, Map<String, List<String>> texts) {
    public IncidentTopic {
        texts = Map.copyOf(texts);
        for (String language : TrafficTexts.LANGUAGES) {
            if (texts.getOrDefault(language, List.of()).isEmpty()) {
                throw new IllegalArgumentException("incident topic " + id + " has no messages in " + language);
            }
        }
    }
}
