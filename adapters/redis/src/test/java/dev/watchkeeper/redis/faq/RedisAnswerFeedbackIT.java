package dev.watchkeeper.redis.faq;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerFeedbackContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisAnswerFeedbackIT extends AnswerFeedbackContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    private AnswerFeedback create(RedisStores stores) {
        return new RedisAnswerFeedback(stores);
    }

    @Override
    protected AnswerFeedback newFeedback() {
        return create(connections.open(prefix));
    }

    @Override
    protected AnswerFeedback reopened(AnswerFeedback current) {
        return create(connections.open(prefix));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
