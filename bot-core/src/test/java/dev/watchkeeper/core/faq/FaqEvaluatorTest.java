package dev.watchkeeper.core.faq;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqEvaluatorTest {
    private final InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
            entry("deposit", "Deposit missing", "a", "where is my deposit"),
            entry("fees", "Withdrawal fees", "b", "how much is the withdrawal fee"));
    private final FaqEvaluator evaluator =
            new FaqEvaluator(kb, new AnswerPolicy(new AnswerThresholds(0.6, 0.3, 0.9)), SmallTalk.bundled());

    @Test
    void countsRightWrongAndRejectedAnswers() {
        FaqEvaluation result = evaluator.run(List.of(
                new FaqCase("where is my deposit", "deposit"),
                new FaqCase("withdrawal fee how much", "deposit"),
                new FaqCase("where is my lunch", ""),
                new FaqCase("penguins", null)));

        assertThat(result.cases()).isEqualTo(4);
        assertThat(result.top1Accuracy()).isEqualTo(0.5);
        assertThat(result.inScopeAccuracy()).isEqualTo(0.5);
        assertThat(result.oosRecall())
                .as("'where is my lunch' answers confidently with deposit")
                .isEqualTo(0.5);
        assertThat(result.wrongAnswerRate()).isEqualTo(0.5);
        assertThat(result.msPerQueryP50()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void ratiosWithNothingToCountAreNotANumber() {
        FaqEvaluation result = evaluator.run(List.of(new FaqCase("where is my deposit", "deposit")));

        assertThat(result.oosRecall()).isNaN();
        assertThat(result.top1Accuracy()).isEqualTo(1.0);
    }

    @Test
    void smallTalkIsCountedApartAndNeitherAnAnswerNorAMiss() {
        InMemoryKnowledgeBase answersOk = new InMemoryKnowledgeBase(
                entry("proof-of-address", "Proof of address", "c", "is my document ok"),
                entry("deposit", "Deposit missing", "a", "where is my deposit"));
        FaqEvaluator evaluator =
                new FaqEvaluator(answersOk, new AnswerPolicy(new AnswerThresholds(0.6, 0.3, 0.9)), SmallTalk.bundled());

        FaqEvaluation result = evaluator.run(List.of(
                new FaqCase("where is my deposit", "deposit"),
                new FaqCase("ok", ""),
                new FaqCase("thanks!!", "deposit"),
                new FaqCase("hi, where is my deposit", "deposit")));

        assertThat(result.cases()).isEqualTo(4);
        assertThat(result.smallTalk()).isEqualTo(2);
        assertThat(result.inScopeAccuracy()).isEqualTo(1.0);
        assertThat(result.oosRecall()).as("no out-of-scope case but small talk").isNaN();
        assertThat(result.wrongAnswerRate())
                .as("'ok' would answer proof-of-address")
                .isZero();
    }
}
