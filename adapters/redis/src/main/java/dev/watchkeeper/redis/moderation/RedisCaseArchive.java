package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The cases of {@link RedisModerationCaseStore} read out page by page ({@code SCAN}, never
 * {@code KEYS}) and restored as they were, for backups. Blocks for two round trips per page read;
 * restores are sent without waiting. Throws the core's {@code StoreUnavailableException} when Redis does
 * not answer. Thread-safe.
 */
public final class RedisCaseArchive {
    private static final String DATA_OF_KEYS =
            """
            local out = {}
            for i = 1, #KEYS do
              local data = redis.call('HGET', KEYS[i], 'data')
              if data then out[#out + 1] = data end
            end
            return out
            """;
    // KEYS: case, open index, queue index[, author index]; ARGV: status, data, created at, id, queue entry
    private static final String RESTORE =
            """
            local queued = redis.call('HGET', KEYS[1], 'queue')
            if queued then redis.call('ZREM', KEYS[3], queued) end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'data', ARGV[2], 'queue', ARGV[5])
            if ARGV[1] == 'OPEN' then
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
              redis.call('ZADD', KEYS[3], 0, ARGV[5])
            else
              redis.call('ZREM', KEYS[2], ARGV[4])
            end
            if KEYS[4] then redis.call('ZADD', KEYS[4], ARGV[3], ARGV[4]) end
            return 1
            """;

    private final RedisStores redis;

    public RedisCaseArchive(RedisStores redis) {
        this.redis = redis;
    }

    /** Hands every case to {@code sink}, scanning about {@code pageSize} keys at a time. */
    public void each(int pageSize, Consumer<? super ModerationCase> sink) {
        ScanArgs args =
                ScanArgs.Builder.matches(redis.keysStartingWith("case", "")).limit(pageSize);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScanCursor from = cursor;
            KeyScanCursor<String> page = RedisStores.orUnavailable(
                    "case export", () -> redis.commands().scan(from, args));
            if (!page.getKeys().isEmpty()) {
                List<String> data = RedisStores.orUnavailable(
                        "case export",
                        () -> redis.<List<String>>eval(
                                DATA_OF_KEYS,
                                ScriptOutputType.MULTI,
                                page.getKeys().toArray(String[]::new)));
                data.forEach(json -> sink.accept(redis.codec().read(json, ModerationCase.class)));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    /**
     * Stores a case as it is, replacing one with the same id, in the open and queue indexes while it is open
     * and in its author's index.
     * Sent without waiting for the reply, which the caller waits for.
     */
    public CompletionStage<Long> restore(ModerationCase moderationCase) {
        return redis.evalAsync(
                RESTORE,
                ScriptOutputType.INTEGER,
                RedisModerationCaseStore.keysOf(redis, moderationCase),
                moderationCase.status().name(),
                redis.codec().write(moderationCase),
                String.valueOf(moderationCase.createdAt().toEpochMilli()),
                moderationCase.id().value(),
                RedisModerationCaseStore.queueEntry(moderationCase));
    }

    /**
     * Makes the case ids reserved from now on greater than {@code number}, unless they are. An
     * instance running meanwhile keeps the ids it reserved before: import before starting the bot.
     */
    public void advanceIdsPast(long number) {
        redis.raiseCounter(RedisCaseIds.key(redis), number);
    }
}
