package dev.watchkeeper.core.faq;

import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.util.Arrays;
import java.util.List;

/**
 * Measures answer quality: runs evaluation cases through the knowledge base and the answer policy
 * exactly as the engine does for a question that addresses the bot. Small talk ("thanks", "ok") is
 * not a question: the engine replies to it without searching, so such a case is counted apart and
 * left out of every ratio, as neither an answer nor a miss. Runs on the calling thread; blocks for
 * as long as the searches take.
 */
public final class FaqEvaluator {
    private static final int SEARCH_LIMIT = 5;

    private final KnowledgeBase knowledgeBase;
    private final AnswerPolicy policy;
    private final SmallTalk smallTalk;

    public FaqEvaluator(KnowledgeBase knowledgeBase, AnswerPolicy policy, SmallTalk smallTalk) {
        this.knowledgeBase = knowledgeBase;
        this.policy = policy;
        this.smallTalk = smallTalk;
    }

    /**
     * Runs every case and returns the figures. Each case is searched once untimed first, so that
     * the latency figures describe a warmed-up bot rather than class loading and JIT compilation.
     * A ratio whose denominator is zero (no out-of-scope cases, say) is {@code NaN}.
     */
    public FaqEvaluation run(List<FaqCase> all) {
        List<FaqCase> cases = all.stream()
                .filter(c -> smallTalk.recognise(c.text()).isEmpty())
                .toList();
        for (FaqCase c : cases) {
            knowledgeBase.search(new SearchQuery(c.text(), null, SEARCH_LIMIT));
        }
        int inScope = 0;
        int outOfScope = 0;
        int top1 = 0;
        int top3 = 0;
        int answeredRight = 0;
        int oosRejected = 0;
        int answeredWrong = 0;
        long[] nanos = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            FaqCase c = cases.get(i);
            long start = System.nanoTime();
            List<SearchHit> hits = knowledgeBase.search(new SearchQuery(c.text(), null, SEARCH_LIMIT));
            nanos[i] = System.nanoTime() - start;
            String answered = policy.decide(hits) instanceof AnswerPolicy.Outcome.Confident confident
                    ? confident.hit().entryId()
                    : null;
            if (c.inScope()) {
                inScope++;
                if (!hits.isEmpty() && hits.getFirst().entryId().equals(c.expectedId())) {
                    top1++;
                }
                if (hits.stream().limit(3).anyMatch(h -> h.entryId().equals(c.expectedId()))) {
                    top3++;
                }
                if (c.expectedId().equals(answered)) {
                    answeredRight++;
                } else if (answered != null) {
                    answeredWrong++;
                }
            } else {
                outOfScope++;
                if (answered == null) {
                    oosRejected++;
                } else {
                    answeredWrong++;
                }
            }
        }
        Arrays.sort(nanos);
        return new FaqEvaluation(
                all.size(),
                all.size() - cases.size(),
                ratio(top1, inScope),
                ratio(top3, inScope),
                ratio(answeredRight, inScope),
                ratio(oosRejected, outOfScope),
                ratio(answeredWrong, cases.size()),
                percentileMillis(nanos, 0.50),
                percentileMillis(nanos, 0.99));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static double percentileMillis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
