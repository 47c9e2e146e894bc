package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What hybrid search costs on a knowledge base of N English entries with 5 distinct phrasings each
 * (real dev-set phrasings, each made unique by its entry number so that none is encoded only once
 * for several entries): the first load with an empty embedding cache, a restart from the cache,
 * the heap in use after the load, and a question's wall and CPU time (embedding included) over the
 * dev questions. Arguments: entries (default 1000), questions (default 2000), cache folder
 * (default a new temporary one). Pin it to one core to measure "on one core":
 *
 * <pre>taskset -c 0 java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.HybridSearchCost 10000</pre>
 */
public final class HybridSearchCost {
    private static final int PHRASINGS = 5;

    private HybridSearchCost() {}

    public static void main(String[] args) throws IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int asked = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path cache = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("wk-embeddings");
        List<KnowledgeFile> files = EvalData.syntheticKnowledgeBase(entries, PHRASINGS, true);
        KnowledgeOptions options = new KnowledgeOptions(null, false, Duration.ZERO);

        long start = System.nanoTime();
        try (LuceneKnowledgeBase first =
                LuceneKnowledgeBase.fromFiles(files, options.withEmbedder(PhrasingEmbedder.miniLm(cache)))) {
            System.out.printf(Locale.ROOT, "%d entries, first load (empty cache): %.1f s%n", entries, seconds(start));
        }
        start = System.nanoTime();
        try (LuceneKnowledgeBase kb =
                LuceneKnowledgeBase.fromFiles(files, options.withEmbedder(PhrasingEmbedder.miniLm(cache)))) {
            System.out.printf(Locale.ROOT, "restart from the cache: %.1f s%n", seconds(start));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "heap in use after load: %d MB (max %d MB)%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    runtime.maxMemory() >> 20);
            List<String> questions = EvalData.faqQuestions();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int pass = 0; pass < 2; pass++) {
                long[] wall = new long[asked];
                long[] cpu = new long[asked];
                for (int i = 0; i < asked; i++) {
                    String question = questions.get((int) ((long) i * questions.size() / asked));
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    kb.search(new SearchQuery(question, "en", 5));
                    wall[i] = System.nanoTime() - wall0;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s %d questions: wall p50 %.2f ms p99 %.2f ms; cpu p50 %.2f ms p99 %.2f ms%n",
                        pass == 0 ? "warm-up" : "measured",
                        asked,
                        percentile(wall, 0.50),
                        percentile(wall, 0.99),
                        percentile(cpu, 0.50),
                        percentile(cpu, 0.99));
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }
}
