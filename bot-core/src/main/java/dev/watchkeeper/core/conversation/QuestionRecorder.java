package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Tells the {@link QuestionLog} what became of a question the engine handled: each answer from the
 * knowledge base counts as answered, each vote on an answer as a vote of its day, and a fallback (nothing close) keeps the question, its
 * secrets redacted first, for staff to write the missing entry from. Thread-safe; blocks at most
 * as long as the log's writes do.
 */
public final class QuestionRecorder {
    /** Records nothing. */
    public static final QuestionRecorder NONE = new QuestionRecorder(QuestionLog.NONE, text -> text);

    private final QuestionLog log;
    private final UnaryOperator<String> redactor;

    /**
     * @param log where answers and misses are counted
     * @param redactor removes secrets from a question before it is kept (the shield's redactor)
     */
    public QuestionRecorder(QuestionLog log, UnaryOperator<String> redactor) {
        this.log = requireNonNull(log, "log");
        this.redactor = requireNonNull(redactor, "redactor");
    }

    /** Records a member's vote on an answer. */
    void voted(boolean helpful, Instant at) {
        log.voted(helpful, at);
    }

    /** Records the engine's decisions about a question ({@code question} null for a button press). */
    void record(
            @Nullable String question,
            List<Decision> decisions,
            Platform platform,
            @Nullable String language,
            Instant at) {
        for (Decision decision : decisions) {
            if (decision instanceof Answer) {
                log.answered(at);
            } else if (decision instanceof Fallback && question != null) {
                log.missed(new MissedQuestion(redactor.apply(question), language, platform, at));
            }
        }
    }
}
