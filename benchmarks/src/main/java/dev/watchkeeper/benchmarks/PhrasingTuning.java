package dev.watchkeeper.benchmarks;

import dev.watchkeeper.benchmarks.traffic.CsvRows;
import dev.watchkeeper.benchmarks.traffic.IncidentTopic;
import dev.watchkeeper.benchmarks.traffic.TrafficTexts;
import dev.watchkeeper.core.incident.phrasing.GramWeights;
import dev.watchkeeper.core.incident.phrasing.IncidentPhrasings;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;

/**
 * How well an incident's learned phrasings tell questions about it from other support questions,
 * on tuning data only: for each incident topic of {@code eval/incident/tuning}, a few of its
 * messages per language are taken as the phrasings the incident learned from its spike, the rest
 * are questions about it, and the support questions of {@code eval/faq/bundled} (tuning files,
 * except those on the topic's own entry) are questions that are not. Prints, per similarity
 * threshold, the share of questions about it that match (per language) and how many others do.
 *
 * <p>Arguments: phrasings learned per language (4), trials (5). From the repository root:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.PhrasingTuning 4 5</pre>
 */
public final class PhrasingTuning {
    private PhrasingTuning() {}

    record Labelled(String language, String text, String entry) {}

    public static void main(String[] args) {
        int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path eval = TrafficTexts.evalFolder();
        TrafficTexts texts = TrafficTexts.load(eval);
        List<Labelled> support = new ArrayList<>();
        for (String language : TrafficTexts.LANGUAGES) {
            for (CSVRecord row : CsvRows.of(eval.resolve("faq/bundled/" + language + ".csv"))) {
                support.add(new Labelled(language, row.get("text"), row.get("expected_id")));
            }
        }
        GramWeights weights = args.length > 2 && args[2].equals("even") ? GramWeights.even() : background();
        double[] thresholds = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55};
        for (String name : texts.incidentTopics()) {
            IncidentTopic topic = texts.incident(name);
            int[][] hits = new int[thresholds.length][TrafficTexts.LANGUAGES.size()];
            int[] asked = new int[TrafficTexts.LANGUAGES.size()];
            int[] falseHits = new int[thresholds.length];
            int others = 0;
            java.util.Map<String, Integer> falseEntries = new java.util.TreeMap<>();
            for (int trial = 0; trial < trials; trial++) {
                Random random = new Random(trial);
                List<String> phrasings = new ArrayList<>();
                List<Labelled> about = new ArrayList<>();
                for (int l = 0; l < TrafficTexts.LANGUAGES.size(); l++) {
                    String language = TrafficTexts.LANGUAGES.get(l);
                    List<String> messages = new ArrayList<>(topic.texts().get(language));
                    Collections.shuffle(messages, random);
                    phrasings.addAll(messages.subList(0, perLanguage));
                    messages.subList(perLanguage, messages.size())
                            .forEach(m -> about.add(new Labelled(language, m, topic.entry())));
                }
                for (int t = 0; t < thresholds.length; t++) {
                    IncidentPhrasings incident = new IncidentPhrasings(phrasings, weights, thresholds[t]);
                    for (Labelled q : about) {
                        int l = TrafficTexts.LANGUAGES.indexOf(q.language());
                        hits[t][l] += incident.matches(q.text()) ? 1 : 0;
                        if (t == 0) {
                            asked[l]++;
                        }
                    }
                    for (Labelled q : support) {
                        if (q.entry().equals(topic.entry())) {
                            continue;
                        }
                        if (t == 0) {
                            others++;
                        }
                        if (incident.matches(q.text())) {
                            falseHits[t]++;
                            if (thresholds[t] == 0.4) {
                                falseEntries.merge(q.entry(), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s (%d phrasings a language, %d trials)%n", name, perLanguage, trials);
            for (int t = 0; t < thresholds.length; t++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.2f:", thresholds[t]));
                int all = 0;
                int total = 0;
                for (int l = 0; l < asked.length; l++) {
                    line.append(String.format(
                            Locale.ROOT, " %s %.0f%%", TrafficTexts.LANGUAGES.get(l), 100.0 * hits[t][l] / asked[l]));
                    all += hits[t][l];
                    total += asked[l];
                }
                line.append(String.format(
                        Locale.ROOT,
                        "; all %.1f%%; other questions matched %d of %d (%.2f%%)",
                        100.0 * all / total,
                        falseHits[t],
                        others,
                        100.0 * falseHits[t] / others));
                System.out.println(line);
            }
            System.out.println("  other questions matched at 0.40, by entry: " + falseEntries);
        }
    }

    /** The bundled knowledge base's questions and titles, in every language, as the background. */
    static GramWeights background() {
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFiles(
                new KnowledgeFolder(Path.of("knowledge/src/main/resources/kb"))
                        .read()
                        .files(),
                new KnowledgeOptions(null, false, Duration.ZERO))) {
            return GramWeights.ofEntries(kb.entries());
        }
    }
}
