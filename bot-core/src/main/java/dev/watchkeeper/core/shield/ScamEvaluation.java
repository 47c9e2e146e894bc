package dev.watchkeeper.core.shield;

import java.util.Map;

/**
 * The figures of one scam evaluation run. Only {@link Verdict#SCAM} counts as a positive;
 * suspicious verdicts are counted apart.
 *
 * @param cases how many messages were judged
 * @param precision scam verdicts that are scams, over scam verdicts
 * @param recall scams with a scam verdict, over scams
 * @param f1 harmonic mean of precision and recall
 * @param falsePositiveRate hams with a scam verdict, over hams
 * @param suspicious how many messages got a suspicious verdict
 * @param suspiciousHam how many of those were ham
 * @param msPerMessageP50 median time per message in milliseconds
 * @param msPerMessageP99 99th percentile time per message in milliseconds
 * @param signalCounts how many messages each signal fired on
 */
public record ScamEvaluation(
        int cases,
        double precision,
        double recall,
        double f1,
        double falsePositiveRate,
        int suspicious,
        int suspiciousHam,
        double msPerMessageP50,
        double msPerMessageP99,
        Map<Signal, Integer> signalCounts) {
    public ScamEvaluation {
        signalCounts = Map.copyOf(signalCounts);
    }
}
