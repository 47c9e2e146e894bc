package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldOptions;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scam check alone (classifier included) on every message of the scam evaluation sets, in a
 * shuffled order: all of them, or one set at a time ({@code -p set=airnope}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScamCheckBenchmark {
    @Param({"all", "airnope", "crypto-tweet", "sms", "tg-spam"})
    public String set;

    private ShieldComponents shield;
    private List<ScamInput> inputs;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        shield = ShieldFactory.create(ShieldOptions.defaults(), new CommunityDomains());
        List<ScamInput> all = new ArrayList<>();
        EvalData.scamTexts(set, "ham").forEach(text -> all.add(ScamInput.text(text)));
        EvalData.scamTexts(set, "scam").forEach(text -> all.add(ScamInput.text(text)));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no scam dev set named " + set);
        }
        Collections.shuffle(all, new Random(42));
        inputs = all;
    }

    @TearDown(Level.Trial)
    public void close() {
        shield.close();
    }

    @Benchmark
    public ScamVerdict check() {
        ScamInput input = inputs.get(next);
        next = next + 1 == inputs.size() ? 0 : next + 1;
        return shield.shield().check(input);
    }
}
