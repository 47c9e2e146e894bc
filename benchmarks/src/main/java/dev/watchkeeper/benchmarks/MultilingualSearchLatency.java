package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Search latency on the six-language synthetic knowledge base ({@link MultilingualKnowledgeBase}),
 * as wall time and as the search thread's CPU time. On a shared machine the wall time includes
 * waiting for a core; the CPU time is what one search costs. Arguments: entries per language
 * (default 1000), passes over the questions (default 4, the first is warm-up), questions per pass
 * (default 6000, taken evenly from all the questions), and {@code member} to ask each question in
 * its member's language, as the engine does (it always passes the language it decided), instead
 * of without one (default {@code none}: the search tells it from the letters alone).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.MultilingualSearchLatency 1000 4 6000 member</pre>
 */
public final class MultilingualSearchLatency {
    private MultilingualSearchLatency() {}

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int asked = args.length > 2 ? Integer.parseInt(args[2]) : 6000;
        boolean withLanguage = args.length > 3 && args[3].equals("member");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFiles(
                MultilingualKnowledgeBase.files(entries, 5), new KnowledgeOptions(null, false, Duration.ZERO))) {
            System.out.printf(
                    Locale.ROOT,
                    "%d entries x %d languages built in %.1f s, %d problems%n",
                    entries,
                    MultilingualKnowledgeBase.LANGUAGES.size(),
                    (System.nanoTime() - start) / 1e9,
                    kb.problems().size());
            List<String> all = MultilingualKnowledgeBase.questions();
            List<String> questions = new ArrayList<>(asked);
            List<String> languages = new ArrayList<>(asked);
            for (int i = 0; i < asked && i < all.size(); i++) {
                int at = (int) ((long) i * all.size() / Math.min(asked, all.size()));
                questions.add(all.get(at));
                // questions() cycles through the languages in order, one question each
                languages.add(MultilingualKnowledgeBase.LANGUAGES.get(at % MultilingualKnowledgeBase.LANGUAGES.size()));
            }
            for (int pass = 0; pass < passes; pass++) {
                long[] wall = new long[questions.size()];
                long[] cpu = new long[questions.size()];
                for (int i = 0; i < questions.size(); i++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    kb.search(new SearchQuery(questions.get(i), withLanguage ? languages.get(i) : null, 5));
                    wall[i] = System.nanoTime() - wall0;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
                }
                System.out.printf(
                        Locale.ROOT,
                        "pass %d%s: %d questions, wall p50 %.3f ms p99 %.3f ms, cpu p50 %.3f ms p99 %.3f ms%n",
                        pass + 1,
                        pass == 0 ? " (warm-up)" : "",
                        questions.size(),
                        percentile(wall, 0.50),
                        percentile(wall, 0.99),
                        percentile(cpu, 0.50),
                        percentile(cpu, 0.99));
                if (pass == passes - 1) {
                    printSlowest(questions, languages, cpu, 10);
                }
            }
        }
    }

    /** The questions that cost the most CPU in the last pass: where the tail comes from. */
    private static void printSlowest(List<String> questions, List<String> languages, long[] cpu, int n) {
        Integer[] order = new Integer[cpu.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(cpu[b], cpu[a]));
        for (int k = 0; k < Math.min(n, order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  %.3f ms [%s] %s%n", cpu[i] / 1e6, languages.get(i), questions.get(i));
        }
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }
}
