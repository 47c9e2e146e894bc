package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole bot per message, as {@link EngineBenchmark}, with every store port on the Redis
 * adapter against a real Redis server the benchmark starts on 127.0.0.1 ({@code redis-server}
 * from the PATH, else the embedded-redis binary; AOF with {@code appendfsync everysec}, as
 * production runs). One shared Lettuce connection, as the application has. Store round trips
 * dominate, so it runs with one thread and with four.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RedisEngineBenchmark {
    private TestRedis server;
    private RedisStores redis;
    private BenchmarkBot bot;
    private LuceneKnowledgeBase knowledgeBase;
    private List<InboundMessage> messages;

    /** Each thread's place in the mix, starting at a different message. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = ThreadLocalRandom.current().nextInt(CommunityMix.MIX);
    }

    @Setup(Level.Trial)
    public void build() {
        server = TestRedis.startNew("everysec");
        redis = RedisStores.connect(server.url(), "wk-bench:", Duration.ofSeconds(2), 10_000);
        Clock clock = Clock.systemUTC();
        BenchmarkBot.Stores stores = BenchmarkBot.Stores.onRedis(redis, clock);
        knowledgeBase = LuceneKnowledgeBase.fromFolder(
                Path.of("knowledge/src/main/resources/kb"), new KnowledgeOptions(null, false, Duration.ZERO));
        bot = new BenchmarkBot(knowledgeBase, stores);
        messages = CommunityMix.messages(new Random(42));
    }

    @TearDown(Level.Trial)
    public void close() {
        bot.close();
        knowledgeBase.close();
        redis.close();
        server.stop();
    }

    @Benchmark
    public List<Decision> handle(Cursor cursor) {
        return next(cursor);
    }

    @Benchmark
    @Threads(4)
    public List<Decision> handleFourThreads(Cursor cursor) {
        return next(cursor);
    }

    private List<Decision> next(Cursor cursor) {
        InboundMessage message = messages.get(cursor.next);
        cursor.next = cursor.next + 1 == messages.size() ? 0 : cursor.next + 1;
        return bot.bot.handle(message);
    }
}
