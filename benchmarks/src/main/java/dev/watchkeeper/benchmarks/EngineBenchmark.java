package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final int MIX = 10_000;
    private static final int MEMBERS = 5_000;

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
        messages = mix(new Random(42));
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

    private static List<InboundMessage> mix(Random random) {
        List<String> chatter = EvalData.scamTexts("ham");
        List<String> scams = EvalData.scamTexts("scam");
        List<String> questions = EvalData.faqQuestions();
        List<InboundMessage> out = new ArrayList<>(MIX);
        Instant now = Instant.now();
        for (int i = 0; i < MIX; i++) {
            UserRef member = UserRef.member(Platform.TELEGRAM, Integer.toString(1_000 + random.nextInt(MEMBERS)));
            int kind = random.nextInt(100);
            InboundMessage message;
            if (kind < 80) {
                message = InboundMessage.text("m" + i, GROUP, member, pick(chatter, random), now);
            } else if (kind < 95) {
                String question = pick(questions, random);
                message = random.nextBoolean()
                        ? InboundMessage.text(
                                "m" + i,
                                new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE),
                                member,
                                question,
                                now)
                        : InboundMessage.text("m" + i, GROUP, member, "@watchkeeper " + question, now)
                                .withMention();
            } else {
                message = InboundMessage.text("m" + i, GROUP, member, pick(scams, random), now);
            }
            out.add(message);
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
