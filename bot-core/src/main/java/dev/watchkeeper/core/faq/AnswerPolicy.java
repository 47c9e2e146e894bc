package dev.watchkeeper.core.faq;

import java.util.List;

/**
 * Turns search hits into an outcome: answer, suggest or fall back. Pure and deterministic.
 */
public final class AnswerPolicy {
    /** The most suggestions a "Did you mean…" offers. */
    public static final int MAX_SUGGESTIONS = 3;

    private final AnswerThresholds thresholds;

    public AnswerPolicy(AnswerThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The thresholds this policy applies. */
    public AnswerThresholds thresholds() {
        return thresholds;
    }

    /** Decides for a message that addresses the bot (or a private chat). Hits are best first. */
    public Outcome decide(List<SearchHit> hits) {
        if (hits.isEmpty() || hits.getFirst().confidence() < thresholds.suggest()) {
            return new Outcome.NothingClose();
        }
        SearchHit best = hits.getFirst();
        if (best.confidence() >= thresholds.answer()) {
            return new Outcome.Confident(best);
        }
        List<SearchHit> close = hits.stream()
                .filter(hit -> hit.confidence() >= thresholds.suggest())
                .limit(MAX_SUGGESTIONS)
                .toList();
        return new Outcome.Unsure(close);
    }

    /** True when an unaddressed group message may be answered with these hits. */
    public boolean answersUnaddressed(List<SearchHit> hits) {
        return !hits.isEmpty() && hits.getFirst().confidence() >= thresholds.unaddressedGroup();
    }

    /** The three outcomes of the policy. */
    public sealed interface Outcome {
        /** Answer with this entry. */
        record Confident(SearchHit hit) implements Outcome {}

        /** Offer these entries, best first. */
        record Unsure(List<SearchHit> candidates) implements Outcome {
            public Unsure {
                candidates = List.copyOf(candidates);
            }
        }

        /** Nothing close: say so and offer a human. */
        record NothingClose() implements Outcome {}
    }
}
