package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One FAQ search on a knowledge base of {@code entries} entries in six languages each
 * ({@link MultilingualKnowledgeBase}), for questions in all six, the language told from the text
 * (no platform hint), as in a mixed community. Sample mode gives the median and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MultilingualSearchBenchmark {
    @Param({"1000"})
    int entries;

    @Param({"5"})
    int phrasingsPerEntry;

    private LuceneKnowledgeBase knowledgeBase;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        knowledgeBase = LuceneKnowledgeBase.fromFiles(
                MultilingualKnowledgeBase.files(entries, phrasingsPerEntry),
                new KnowledgeOptions(null, false, Duration.ZERO));
        if (!knowledgeBase.problems().isEmpty()) {
            throw new IllegalStateException("synthetic knowledge base has problems: " + knowledgeBase.problems());
        }
        questions = MultilingualKnowledgeBase.questions();
    }

    @TearDown(Level.Trial)
    public void close() {
        knowledgeBase.close();
    }

    @Benchmark
    public List<SearchHit> search() {
        String question = questions.get(next);
        next = next + 1 == questions.size() ? 0 : next + 1;
        return knowledgeBase.search(new SearchQuery(question, null, 5));
    }
}
