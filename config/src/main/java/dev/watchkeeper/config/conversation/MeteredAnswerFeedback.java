package dev.watchkeeper.config.conversation;

import static dev.watchkeeper.config.bot.MetricTags.tag;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The store of answer votes, counting each vote also as the Micrometer counter {@code
 * watchkeeper.answer.feedback} by platform and vote ({@code helpful}, {@code unhelpful}). The
 * counter is this instance's since it started (Prometheus sums instances and copes with restarts);
 * the store's counts are the lasting ones. Thread-safe; blocks as long as the store does.
 */
public final class MeteredAnswerFeedback implements AnswerFeedback {
    private final AnswerFeedback store;
    private final MeterRegistry registry;

    /** Registers both votes of every one of {@code platforms} at zero at once. */
    public MeteredAnswerFeedback(AnswerFeedback store, MeterRegistry registry, Iterable<Platform> platforms) {
        this.store = store;
        this.registry = registry;
        for (Platform platform : platforms) {
            votes(platform, true);
            votes(platform, false);
        }
    }

    @Override
    public void record(AnswerVote vote) {
        store.record(vote);
        votes(vote.platform(), vote.helpful()).increment();
    }

    private Counter votes(Platform platform, boolean helpful) {
        return Counter.builder("watchkeeper.answer.feedback")
                .description("Members' votes on the bot's answers")
                .tag("platform", tag(platform))
                .tag("vote", helpful ? "helpful" : "unhelpful")
                .register(registry);
    }

    @Override
    public FeedbackTotals totals(String entryId) {
        return store.totals(entryId);
    }

    @Override
    public Map<String, FeedbackTotals> byEntry() {
        return store.byEntry();
    }

    @Override
    public FeedbackSummary summary(int mostUnhelpful) {
        return store.summary(mostUnhelpful);
    }
}
