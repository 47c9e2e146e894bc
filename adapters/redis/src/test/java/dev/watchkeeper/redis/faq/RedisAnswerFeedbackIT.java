package dev.watchkeeper.redis.faq;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerFeedbackContract;
import dev.watchkeeper.redis.RedisKeyspace;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisAnswerFeedbackIT extends AnswerFeedbackContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected AnswerFeedback newFeedback() {
        return new RedisAnswerFeedback(redis.open());
    }

    @Override
    protected AnswerFeedback reopened(AnswerFeedback current) {
        return new RedisAnswerFeedback(redis.open());
    }
}
