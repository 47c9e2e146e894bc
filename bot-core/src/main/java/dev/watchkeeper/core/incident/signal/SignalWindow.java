package dev.watchkeeper.core.incident.signal;

import java.util.List;
import java.util.Map;

/**
 * What a topic's signal holds for a span of minutes.
 *
 * @param members distinct members who wrote about the topic
 * @param platforms messages per platform (lower-case names)
 * @param languages messages per language
 * @param examples a few redacted examples, newest first
 * @param firstMinute the first minute (since the epoch) anyone wrote about it in the span
 */
public record SignalWindow(
        int members,
        Map<String, Integer> platforms,
        Map<String, Integer> languages,
        List<String> examples,
        long firstMinute) {
    public SignalWindow {
        platforms = Map.copyOf(platforms);
        languages = Map.copyOf(languages);
        examples = List.copyOf(examples);
    }
}
