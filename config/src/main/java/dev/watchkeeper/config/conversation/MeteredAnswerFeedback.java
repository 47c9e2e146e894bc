package dev.watchkeeper.config.conversation;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The store of answer votes, counting each vote also as the Micrometer counter {@code
 * watchkeeper.answer.feedback} by platform and vote ({@code helpful}, {@code unhelpful}). The
 * counter is this instance's since it started (Prometheus sums instances and copes with restarts);
 * the store's counts are the lasting ones. Thread-safe; blocks as long as the store does.
 */
final class MeteredAnswerFeedback implements AnswerFeedback {
    private final AnswerFeedback store;
    private final MeterRegistry registry;

    MeteredAnswerFeedback(AnswerFeedback store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public void record(AnswerVote vote) {
        store.record(vote);
        Counter.builder("watchkeeper.answer.feedback")
                .description("Members' votes on the bot's answers")
                .tag("platform", vote.platform().name().toLowerCase(Locale.ROOT))
                .tag("vote", vote.helpful() ? "helpful" : "unhelpful")
                .register(registry)
                .increment();
    }

    @Override
    public FeedbackTotals totals(String entryId) {
        return store.totals(entryId);
    }

    @Override
    public FeedbackSummary summary(int mostUnhelpful) {
        return store.summary(mostUnhelpful);
    }
}
