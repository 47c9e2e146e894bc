package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Moderation cases in Redis: a hash per case ({@code wk:case:<id>}: {@code status} and versioned
 * JSON {@code data}), the open ones in a sorted set by creation time ({@code wk:cases:open}), ids
 * reserved ahead in blocks from a counter ({@code wk:seq:cases}, {@link RedisCaseIds}). Resolving
 * is a Lua script that checks the case is still open, so of moderators acting at once on any
 * instances only the first succeeds.
 *
 * <p>While Redis is away, a scam still gets its case: its id comes from the reserved block, and
 * adding it waits in the {@linkplain dev.watchkeeper.redis.WriteBehind write-behind buffer} until
 * Redis is back (adding is idempotent, so a retried add that had landed changes nothing). Reads
 * and resolving throw the core's {@link StoreUnavailableException}. Thread-safe; one round trip
 * per call.
 */
public final class RedisModerationCaseStore implements ModerationCaseStore {
    private static final String ADD =
            """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'data', ARGV[2])
            if ARGV[1] == 'OPEN' then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4]) end
            return 1
            """;
    private static final String RESOLVE =
            """
            if redis.call('HGET', KEYS[1], 'status') ~= 'OPEN' then return 0 end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'data', ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[3])
            return 1
            """;

    /** How many case ids an instance reserves at once. */
    public static final int ID_BLOCK = 1000;

    private final RedisStores redis;
    private final RedisCaseIds ids;

    public RedisModerationCaseStore(RedisStores redis) {
        this.redis = redis;
        this.ids = new RedisCaseIds(redis, ID_BLOCK);
    }

    @Override
    public CaseId nextId() {
        return ids.next();
    }

    /** Adds the case now, or once Redis is back (the call does not throw while it is away). */
    @Override
    public void add(ModerationCase moderationCase) {
        String[] keys = {key(moderationCase.id()), openKey()};
        String data = redis.codec().write(moderationCase);
        String createdAt = String.valueOf(moderationCase.createdAt().toEpochMilli());
        redis.writeBehind()
                .writeAndWait(
                        "moderation case",
                        true,
                        () -> redis.evalAsync(
                                ADD,
                                ScriptOutputType.INTEGER,
                                keys,
                                moderationCase.status().name(),
                                data,
                                createdAt,
                                moderationCase.id().value()));
    }

    @Override
    public Optional<ModerationCase> find(CaseId id) {
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "case lookup", () -> redis.commands().hget(key(id), "data")))
                .map(this::read);
    }

    @Override
    public Optional<ModerationCase> resolve(ModerationCase open, ModerationCase resolved) {
        if (open.status() != ModerationCase.Status.OPEN) {
            return Optional.empty();
        }
        Long done = RedisStores.orUnavailable(
                "case resolution",
                () -> redis.<Long>eval(
                        RESOLVE,
                        ScriptOutputType.INTEGER,
                        new String[] {key(open.id()), openKey()},
                        resolved.status().name(),
                        redis.codec().write(resolved),
                        open.id().value()));
        return done != null && done == 1 ? Optional.of(resolved) : Optional.empty();
    }

    @Override
    public List<ModerationCase> open() {
        List<String> data =
                RedisStores.orUnavailable("case listing", () -> redis.dataOfIndex(openKey(), redis.key("case", "")));
        return data.stream()
                .map(this::read)
                .sorted(Comparator.comparing(ModerationCase::createdAt))
                .toList();
    }

    private ModerationCase read(String json) {
        return redis.codec().read(json, ModerationCase.class);
    }

    private String key(CaseId id) {
        return redis.key("case", id.value());
    }

    private String openKey() {
        return redis.key("cases", "open");
    }
}
