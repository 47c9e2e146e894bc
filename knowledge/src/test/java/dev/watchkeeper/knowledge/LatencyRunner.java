package dev.watchkeeper.knowledge;

import dev.watchkeeper.core.faq.FaqCase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.loader.KnowledgeLoader;
import dev.watchkeeper.knowledge.loader.LoadedEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures search latency on a synthetic 10,000-entry knowledge base built from the eval KBs' real
 * phrasings (test scope, not a test): entry {@code i} takes {@code perEntry} phrasings of eval entry
 * {@code i mod 277}, cycling through them, so ids and phrasing sets differ while the vocabulary stays
 * real. Queries are the dev cases of all three sets. Usage: {@code LatencyRunner [perEntry]}.
 */
public final class LatencyRunner {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("eval.dir", "/work/shared/eval/faq"));
        int entries = 10_000;
        int perEntry = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<KnowledgeEntry> sources = new ArrayList<>();
        List<FaqCase> queries = new ArrayList<>();
        for (String set : List.of("banking77", "clinc150", "banking77-oos")) {
            KnowledgeFolder.Contents contents =
                    new KnowledgeFolder(root.resolve(set).resolve("kb")).read();
            new KnowledgeLoader()
                    .load(contents.files()).entries().stream()
                            .map(LoadedEntry::entry)
                            .forEach(sources::add);
            queries.addAll(FaqCsv.read(root.resolve(set).resolve("dev-cases.csv")));
        }
        List<KnowledgeFile> files = new ArrayList<>(entries);
        int phrasings = 0;
        for (int i = 0; i < entries; i++) {
            KnowledgeEntry source = sources.get(i % sources.size());
            int round = i / sources.size();
            StringBuilder text = new StringBuilder(
                    "---\nid: e" + i + "\ntitle: \"" + source.title() + " " + round + "\"\nquestions:\n");
            for (int k = 0; k < perEntry; k++) {
                String q = source.questions()
                        .get((round * perEntry + k) % source.questions().size());
                text.append("  - \"")
                        .append(q.replace("\\", "").replace("\"", "'"))
                        .append("\"\n");
                phrasings++;
            }
            text.append("---\n").append(source.answer()).append('\n');
            files.add(new KnowledgeFile("e" + i + ".md", text.toString()));
        }
        long buildStart = System.nanoTime();
        try (LuceneKnowledgeBase kb =
                LuceneKnowledgeBase.fromFiles(files, new KnowledgeOptions(null, false, Duration.ZERO))) {
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
            for (int warm = 0; warm < 3; warm++) {
                for (FaqCase c : queries) {
                    kb.search(new SearchQuery(c.text(), null, 5));
                }
            }
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                kb.search(new SearchQuery(queries.get(i).text(), null, 5));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "entries=%d phrasings=%d build=%dms queries=%d p50=%.3fms p90=%.3fms p99=%.3fms%n",
                    kb.size(),
                    phrasings + entries,
                    buildMillis,
                    nanos.length,
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.9)] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6);
        }
    }
}
