package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the time per message goes, by kind of message: the community mix of {@link
 * EngineBenchmark} handled on one thread, with the thread's CPU time per message of each kind
 * (group chatter, questions to the bot, scams) and, on Redis, the commands each kind sends (from
 * {@code INFO commandstats} around a pass over that kind alone). CPU time, unlike wall time,
 * hardly moves with the machine's load.
 *
 * <pre>
 * java -Dwatchkeeper.eval.dir=../shared/eval -cp benchmarks/target/benchmarks.jar \
 *   dev.watchkeeper.benchmarks.EngineCostPerKind redis 3
 * </pre>
 *
 * Arguments: {@code memory} or {@code redis} (default), the passes over the 10,000 messages after
 * two warm-up passes (default 3), the knowledge-base folder (default the bundled one), and a kind
 * to handle alone in the measured passes (to profile it; default all three).
 */
public final class EngineCostPerKind {
    private static final List<String> KINDS = List.of("chatter", "question", "scam");

    private EngineCostPerKind() {}

    public static void main(String[] args) {
        boolean onRedis = args.length == 0 || args[0].equals("redis");
        if (args.length > 0 && !args[0].equals("redis") && !args[0].equals("memory")) {
            throw new IllegalArgumentException("the first argument is memory or redis, not " + args[0]);
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path kb = Path.of(args.length > 2 ? args[2] : "knowledge/src/main/resources/kb");
        String only = args.length > 3 ? args[3] : null;
        if (only != null && !KINDS.contains(only)) {
            throw new IllegalArgumentException("the kind to handle alone is one of " + KINDS + ", not " + only);
        }
        TestRedis server = onRedis ? TestRedis.startNew("everysec") : null;
        RedisStores redis =
                server == null ? null : RedisStores.connect(server.url(), "wk-bench:", Duration.ofSeconds(2), 10_000);
        BenchmarkBot.Stores stores = redis == null
                ? BenchmarkBot.Stores.inMemory(Clock.systemUTC())
                : BenchmarkBot.Stores.onRedis(redis, Clock.systemUTC());
        try (LuceneKnowledgeBase knowledgeBase =
                        LuceneKnowledgeBase.fromFolder(kb, new KnowledgeOptions(null, false, Duration.ZERO));
                BenchmarkBot bot = new BenchmarkBot(knowledgeBase, stores)) {
            List<InboundMessage> messages = CommunityMix.messages(new Random(42));
            Map<String, List<InboundMessage>> byKind = byKind(messages);
            Map<InboundMessage, String> kindOf = new IdentityHashMap<>();
            byKind.forEach((kind, some) -> some.forEach(m -> kindOf.put(m, kind)));
            for (int i = 0; i < 2; i++) {
                messages.forEach(bot.bot::handle);
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            Map<String, long[]> cost = new LinkedHashMap<>();
            KINDS.forEach(kind -> cost.put(kind, new long[2]));
            long started = System.nanoTime();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            List<InboundMessage> measured = only == null ? messages : byKind.get(only);
            for (int pass = 0; pass < passes; pass++) {
                for (InboundMessage message : measured) {
                    long[] kind = cost.get(kindOf.get(message));
                    long before = cpu.getCurrentThreadCpuTime();
                    bot.bot.handle(message);
                    kind[0] += cpu.getCurrentThreadCpuTime() - before;
                    kind[1]++;
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            long total = (long) passes * measured.size();
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d messages on one thread: %.0f msg/s wall, %.1f µs CPU a message (load %s)%n",
                    onRedis ? "redis" : "memory",
                    total,
                    total / wall,
                    cpuSeconds * 1e6 / total,
                    load());
            for (String kind : KINDS) {
                long[] c = cost.get(kind);
                if (c[1] == 0) {
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %-8s %5.1f%% of messages, %7.1f µs CPU each, %4.1f%% of the CPU%n",
                        kind,
                        100.0 * c[1] / total,
                        c[0] / 1e3 / c[1],
                        100.0 * c[0] / (cpuSeconds * 1e9));
            }
            if (redis != null) {
                for (String kind : KINDS) {
                    List<InboundMessage> some = byKind.get(kind);
                    Map<String, Long> before = commandCounts(redis);
                    some.forEach(bot.bot::handle);
                    redis.writeBehind().flush();
                    Map<String, Long> after = commandCounts(redis);
                    StringBuilder line = new StringBuilder();
                    long sum = 0;
                    for (Map.Entry<String, Long> e : after.entrySet()) {
                        long n = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                        if (n > 0 && !e.getKey().equals("info")) {
                            sum += n;
                            line.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), (double) n / some.size()));
                        }
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "  %-8s %.2f Redis commands a message:%s%n",
                            kind,
                            (double) sum / some.size(),
                            line);
                }
            }
        } finally {
            if (redis != null) {
                redis.close();
            }
            if (server != null) {
                server.stop();
            }
        }
    }

    private static Map<String, List<InboundMessage>> byKind(List<InboundMessage> messages) {
        Set<String> scams = new HashSet<>(EvalData.scamTexts("scam"));
        Map<String, List<InboundMessage>> out = new LinkedHashMap<>();
        KINDS.forEach(kind -> out.put(kind, new ArrayList<>()));
        for (InboundMessage message : messages) {
            String kind = message.chat().isPrivate() || message.mentionsBot()
                    ? "question"
                    : scams.contains(message.text()) ? "scam" : "chatter";
            out.get(kind).add(message);
        }
        return out;
    }

    /** Calls per command since the server started, from {@code INFO commandstats}. */
    private static Map<String, Long> commandCounts(RedisStores redis) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : redis.commands().info("commandstats").split("\r?\n")) {
            // cmdstat_get:calls=12,usec=34,...
            if (line.startsWith("cmdstat_")) {
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                String calls = line.substring(line.indexOf("calls=") + 6);
                counts.put(name, Long.parseLong(calls.substring(0, calls.indexOf(','))));
            }
        }
        return counts;
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
