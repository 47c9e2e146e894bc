package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import dev.watchkeeper.language.LinguaLanguageDetector;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the knowledge base and language detection cost a command that answers one question, as
 * {@code ask} and the demo use them, in a fresh JVM: the detector is made, the bundled knowledge
 * base is loaded (hybrid retrieval, embeddings and index cached in the given folder), then the
 * first question is told its language and searched, then a second one. Run it twice with the same
 * folder to see a start with warm caches. Arguments: cache folder (default {@code
 * target/startup-cache}), the knowledge base folder (default the bundled one). From the
 * repository root:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.watchkeeper.benchmarks.KnowledgeStartupCost /tmp/wk-startup</pre>
 */
public final class KnowledgeStartupCost {
    private static final List<String> QUESTIONS =
            List.of("my deposit has not arrived", "how do I reset my 2FA after losing my phone");

    private KnowledgeStartupCost() {}

    public static void main(String[] args) {
        Path cache = Path.of(args.length > 0 ? args[0] : "target/startup-cache");
        Path kb = Path.of(args.length > 1 ? args[1] : "knowledge/src/main/resources/kb");
        System.out.printf(
                Locale.ROOT,
                "JVM up after %d ms%n",
                ManagementFactory.getRuntimeMXBean().getUptime());

        long start = System.nanoTime();
        MemberLanguage languages =
                new MemberLanguage(LinguaLanguageDetector.loadingInBackground(Duration.ofSeconds(5)), "en");
        report("language detector made", start);

        start = System.nanoTime();
        KnowledgeOptions options = new KnowledgeOptions(null, false, Duration.ZERO)
                .withConfidence(ConfidenceModels.bundledKnowledgeBase())
                .withEmbedder(PhrasingEmbedder.miniLm(cache.resolve("embeddings")))
                .withIndexCache(cache.resolve("index"));
        try (LuceneKnowledgeBase base =
                LuceneKnowledgeBase.fromFiles(new KnowledgeFolder(kb).read().files(), options)) {
            report("knowledge base loaded (" + base.size() + " entries)", start);
            for (String question : QUESTIONS) {
                start = System.nanoTime();
                String language = languages.decide(null, question, null);
                report("  language of \"" + question + "\" (" + language + ")", start);
                long search = System.nanoTime();
                List<SearchHit> hits = base.search(new SearchQuery(question, language, 5));
                report(
                        "  search ("
                                + (hits.isEmpty() ? "no hit" : hits.getFirst().entryId()) + ")",
                        search);
                report("question answered", start);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "JVM up to the second answer: %d ms%n",
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Wall time since {@code start}, and the CPU time all threads of the process have used so far. */
    private static void report(String what, long start) {
        System.out.printf(
                Locale.ROOT,
                "%-58s %6d ms wall (process CPU so far %6d ms)%n",
                what,
                (System.nanoTime() - start) / 1_000_000,
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getProcessCpuTime()
                        / 1_000_000);
    }
}
