package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole bot per message with in-memory stores, on a realistic community mix: 80% chatter in
 * the group (not addressed to the bot; real ham messages), 15% questions to the bot (real support
 * questions, half in private, half mentioning the bot in the group), 5% scams (real spam). Every
 * message goes through the scam shield first, as in production. Platform I/O is excluded.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EngineBenchmark {
    private BenchmarkBot bot;
    private LuceneKnowledgeBase knowledgeBase;
    private List<InboundMessage> messages;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        knowledgeBase = LuceneKnowledgeBase.fromFolder(
                java.nio.file.Path.of("knowledge/src/main/resources/kb"),
                new KnowledgeOptions(null, false, Duration.ZERO));
        bot = new BenchmarkBot(knowledgeBase);
        messages = CommunityMix.messages(new Random(42));
    }

    @TearDown(Level.Trial)
    public void close() {
        bot.close();
        knowledgeBase.close();
    }

    @Benchmark
    public List<Decision> handle() {
        InboundMessage message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return bot.bot.handle(message);
    }
}
