package dev.watchkeeper.core.faq;

/**
 * The figures of one FAQ evaluation run. A ratio with nothing to count (no out-of-scope cases,
 * say) is {@code NaN}.
 *
 * @param cases how many cases were run
 * @param smallTalk how many of them were small talk, which the engine replies to without searching:
 *     they count in no ratio below
 * @param top1Accuracy in-scope cases whose best hit is the expected entry, over in-scope cases
 * @param top3Recall in-scope cases with the expected entry among the first three hits
 * @param inScopeAccuracy in-scope cases answered confidently with the expected entry
 * @param oosRecall out-of-scope cases not answered confidently, over out-of-scope cases
 * @param wrongAnswerRate confident answers that are wrong (wrong entry, or out of scope), over all
 *     cases but small talk
 * @param msPerQueryP50 median search time in milliseconds
 * @param msPerQueryP99 99th percentile search time in milliseconds
 */
public record FaqEvaluation(
        int cases,
        int smallTalk,
        double top1Accuracy,
        double top3Recall,
        double inScopeAccuracy,
        double oosRecall,
        double wrongAnswerRate,
        double msPerQueryP50,
        double msPerQueryP99) {}
