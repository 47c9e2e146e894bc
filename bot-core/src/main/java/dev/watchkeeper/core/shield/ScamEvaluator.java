package dev.watchkeeper.core.shield;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures detection quality and speed: runs labelled messages through the shield, by default as
 * messages of an established member with no names or roles. Optional warm-up rounds let the JIT compile
 * before timing; each message's time is its median over {@value #TIMINGS} timed passes. Runs on the
 * calling thread; pure apart from the clock.
 */
public final class ScamEvaluator {
    /**
     * Timed passes over all messages: each message's time is its median over the passes, so one
     * interruption does not count, and no message is timed twice in a row with its data still hot.
     */
    private static final int TIMINGS = 5;

    private final ScamShield shield;
    private final int warmupRounds;
    private final Function<String, ScamInput> inputs;

    /** Judges each case as a message of an established member ({@link ScamInput#text}). */
    public ScamEvaluator(ScamShield shield, int warmupRounds) {
        this(shield, warmupRounds, ScamInput::text);
    }

    /** Judges each case as the input the function makes of its text (e.g. a first message). */
    public ScamEvaluator(ScamShield shield, int warmupRounds, Function<String, ScamInput> inputs) {
        this.shield = shield;
        this.warmupRounds = warmupRounds;
        this.inputs = inputs;
    }

    /** Runs every case and returns the figures; an empty list gives all-zero figures. */
    public ScamEvaluation run(List<ScamCase> cases) {
        for (int r = 0; r < warmupRounds; r++) {
            for (ScamCase c : cases) {
                shield.check(inputs.apply(c.text()));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int suspicious = 0;
        int suspiciousHam = 0;
        List<ScamInput> messages =
                cases.stream().map(c -> inputs.apply(c.text())).toList();
        ScamVerdict[] verdicts = new ScamVerdict[cases.size()];
        long[][] timings = new long[cases.size()][TIMINGS];
        for (int t = 0; t < TIMINGS; t++) {
            for (int i = 0; i < cases.size(); i++) {
                long start = System.nanoTime();
                verdicts[i] = shield.check(messages.get(i));
                timings[i][t] = System.nanoTime() - start;
            }
        }
        long[] nanos = new long[cases.size()];
        Map<Signal, Integer> counts = new EnumMap<>(Signal.class);
        for (int i = 0; i < cases.size(); i++) {
            ScamCase c = cases.get(i);
            ScamVerdict v = verdicts[i];
            Arrays.sort(timings[i]);
            nanos[i] = timings[i][TIMINGS / 2];
            boolean positive = v.verdict() == Verdict.SCAM;
            if (positive && c.scam()) {
                tp++;
            } else if (positive) {
                fp++;
            } else if (c.scam()) {
                fn++;
            } else {
                tn++;
            }
            if (v.verdict() == Verdict.SUSPICIOUS) {
                suspicious++;
                suspiciousHam += c.scam() ? 0 : 1;
            }
            Set<Signal> fired = EnumSet.noneOf(Signal.class);
            v.reasons().forEach(r -> fired.add(r.signal()));
            fired.forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        Arrays.sort(nanos);
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new ScamEvaluation(
                cases.size(),
                precision,
                recall,
                f1,
                ratio(fp, fp + tn),
                suspicious,
                suspiciousHam,
                percentileMillis(nanos, 0.50),
                percentileMillis(nanos, 0.99),
                counts);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static double percentileMillis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0.0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
