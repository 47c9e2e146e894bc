package dev.watchkeeper.benchmarks.traffic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts members write in the generated day, per language, from the repository's {@code eval}
 * folder: support questions by knowledge-base entry and off-topic lines ({@code
 * faq/bundled/<lang>.csv} and {@code faq/bundled/tuning-b/<lang>.csv}), chatter ({@code
 * faq/bundled/chatter/<lang>.csv}) and the incident topics ({@code incident/topics.csv} and
 * {@code incident/tuning/<topic>/<lang>.csv}). The held-out folders are never read here.
 */
public final class TrafficTexts {
    /** The languages of the bundled knowledge base, and so of the generated day. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "zh", "es", "pt", "tr");

    private static final String PROPERTY = "watchkeeper.repo.eval.dir";

    private final Map<String, Map<String, List<String>>> questions = new HashMap<>();
    private final Map<String, List<String>> offTopic = new HashMap<>();
    private final Map<String, List<String>> chatter = new HashMap<>();
    private final Map<String, IncidentTopic> incidents = new LinkedHashMap<>();

    private TrafficTexts(Path eval) {
        Path bundled = eval.resolve("faq").resolve("bundled");
        for (String language : LANGUAGES) {
            Map<String, List<String>> byTopic = new TreeMap<>();
            List<String> other = new ArrayList<>();
            for (Path file : List.of(
                    bundled.resolve(language + ".csv"),
                    bundled.resolve("tuning-b").resolve(language + ".csv"))) {
                for (CSVRecord row : CsvRows.of(file)) {
                    String topic = row.get("expected_id").strip();
                    if (topic.isEmpty()) {
                        other.add(row.get("text"));
                    } else {
                        byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(row.get("text"));
                    }
                }
            }
            questions.put(language, byTopic);
            offTopic.put(language, other);
            chatter.put(language, column(bundled.resolve("chatter").resolve(language + ".csv")));
        }
        Path incident = eval.resolve("incident");
        for (CSVRecord row : CsvRows.of(incident.resolve("topics.csv"))) {
            String id = row.get("topic");
            Map<String, List<String>> texts = new HashMap<>();
            for (String language : LANGUAGES) {
                texts.put(
                        language, column(incident.resolve("tuning").resolve(id).resolve(language + ".csv")));
            }
            incidents.put(id, new IncidentTopic(id, row.get("entry"), row.get("description"), texts));
        }
    }

    /** The texts of the repository's {@code eval} folder ({@link #evalFolder()}). */
    public static TrafficTexts load() {
        return load(evalFolder());
    }

    /** The texts of the given {@code eval} folder. */
    public static TrafficTexts load(Path eval) {
        return new TrafficTexts(eval);
    }

    /**
     * The repository's {@code eval} folder: the one named by {@code -Dwatchkeeper.repo.eval.dir},
     * else {@code eval} (run from the repository root) or {@code ../eval} (from a module).
     */
    public static Path evalFolder() {
        String named = System.getProperty(PROPERTY);
        List<Path> candidates = named != null ? List.of(Path.of(named)) : List.of(Path.of("eval"), Path.of("../eval"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve("faq").resolve("bundled"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the repository's eval folder was not found at " + candidates
                + "; run from the repository root or pass -D" + PROPERTY + "=DIR");
    }

    /** Support questions in a language, by the knowledge-base entry they ask about. */
    Map<String, List<String>> questions(String language) {
        return questions.get(language);
    }

    /** Off-topic lines members address to the bot in a language. */
    List<String> offTopic(String language) {
        return offTopic.get(language);
    }

    /** Chatter in a language: market talk, memes, daily life. */
    List<String> chatter(String language) {
        return chatter.get(language);
    }

    /** The incident topic of that name; fails with the names there are when there is none. */
    public IncidentTopic incident(String id) {
        IncidentTopic topic = incidents.get(id);
        if (topic == null) {
            throw new IllegalArgumentException(
                    "unknown incident topic '" + id + "'; known: " + String.join(", ", incidents.keySet()));
        }
        return topic;
    }

    /** The names of every incident topic. */
    public List<String> incidentTopics() {
        return List.copyOf(incidents.keySet());
    }

    private static List<String> column(Path file) {
        List<String> texts = new ArrayList<>();
        for (CSVRecord row : CsvRows.of(file)) {
            texts.add(row.get("text"));
        }
        return texts;
    }
}
