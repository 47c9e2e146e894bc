package dev.watchkeeper.redis.event;

import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.QueuedEvent;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.List;
import java.util.Optional;

/**
 * Event queues in Redis: a list per receiver, {@code wk:webhook:<receiver>}, of versioned JSON
 * events ({@code RPUSH} appends, {@code LINDEX 0} reads the head), and its dead letters in {@code
 * wk:webhook:<receiver>:dead}. Removing or moving the head checks in one script that it is still
 * the event the sender delivered, so a second sender that delivered it too removes nothing more.
 *
 * <p>Appends wait for Redis's reply; while Redis is away they are kept in the write-behind buffer
 * and appended when it is back (one retried after a broken connection may land twice: receivers
 * drop the repeat by its key). Thread-safe; every other call is one round trip and throws when
 * Redis cannot be reached.
 */
public final class RedisEventQueue implements EventQueue {
    private static final String REMOVE_HEAD =
            """
            local head = redis.call('LINDEX', KEYS[1], 0)
            if not head or cjson.decode(head).id ~= ARGV[1] then return 0 end
            redis.call('LPOP', KEYS[1])
            if KEYS[2] then redis.call('RPUSH', KEYS[2], head) end
            return 1""";

    private final RedisStores redis;

    public RedisEventQueue(RedisStores redis) {
        this.redis = redis;
    }

    /** The receiver's queue ({@code wk:webhook:helpdesk}). */
    public static String queueKey(RedisStores redis, String receiver) {
        return redis.key("webhook", receiver);
    }

    @Override
    public void append(String receiver, QueuedEvent event) {
        String key = queueKey(redis, receiver);
        String json = redis.codec().write(event);
        redis.writeBehind()
                .writeAndWait("webhook event", true, () -> redis.async().rpush(key, json));
    }

    @Override
    public Optional<QueuedEvent> head(String receiver) {
        String head = redis.commands().lindex(queueKey(redis, receiver), 0);
        return head == null ? Optional.empty() : Optional.of(redis.codec().read(head, QueuedEvent.class));
    }

    @Override
    public void done(String receiver, QueuedEvent event) {
        redis.eval(REMOVE_HEAD, ScriptOutputType.INTEGER, new String[] {queueKey(redis, receiver)}, event.id());
    }

    @Override
    public void deadLetter(String receiver, QueuedEvent event) {
        String key = queueKey(redis, receiver);
        redis.eval(REMOVE_HEAD, ScriptOutputType.INTEGER, new String[] {key, key + ":dead"}, event.id());
    }

    @Override
    public List<QueuedEvent> deadLetters(String receiver) {
        return redis.commands().lrange(queueKey(redis, receiver) + ":dead", 0, -1).stream()
                .map(json -> redis.codec().read(json, QueuedEvent.class))
                .toList();
    }

    @Override
    public long deadLetterCount(String receiver) {
        return redis.commands().llen(queueKey(redis, receiver) + ":dead");
    }

    @Override
    public long pending(String receiver) {
        return redis.commands().llen(queueKey(redis, receiver));
    }
}
