package dev.watchkeeper.redis.conversation;

import dev.watchkeeper.core.conversation.ConversationState;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Conversation state in Redis: one string per conversation ({@code wk:conv:<platform>:<chat>:<user>},
 * versioned JSON) that Redis expires a time to live after the state's last change. During an
 * outage a read finds nothing (the member is treated as new, and the FAQ still answers) and
 * writes wait in the write-behind buffer. Thread-safe; blocks for one round trip.
 */
public final class RedisConversationStore implements ConversationStore {
    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisConversationStore.class));
    private final RedisStores redis;
    private final Duration timeToLive;
    private final Clock clock;

    public RedisConversationStore(RedisStores redis, Duration timeToLive, Clock clock) {
        this.redis = redis;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        String json;
        try {
            json = redis.commands().get(key(key));
        } catch (RedisException e) {
            outage.failed("conversation state not read, the member starts afresh", e);
            return Optional.empty();
        }
        outage.succeeded();
        return json == null ? Optional.empty() : Optional.of(redis.codec().read(json, ConversationState.class));
    }

    @Override
    public void save(ConversationState state) {
        String key = key(state.key());
        String json = redis.codec().write(state);
        Instant expiresAt = state.updatedAt().plus(timeToLive);
        redis.writeBehind().write("conversation", () -> {
            long millis = Duration.between(clock.instant(), expiresAt).toMillis();
            return millis <= 0 ? redis.async().del(key) : redis.async().set(key, json, SetArgs.Builder.px(millis));
        });
    }

    @Override
    public void delete(ConversationKey key) {
        String redisKey = key(key);
        redis.writeBehind().write("conversation", () -> redis.async().del(redisKey));
    }

    private String key(ConversationKey key) {
        return redis.key(
                "conv",
                key.platform().name().toLowerCase(Locale.ROOT),
                key.chat().id(),
                key.userId());
    }
}
