package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Moderation cases in Redis: a hash per case ({@code wk:case:<id>}: {@code status} and versioned
 * JSON {@code data}), the open ones in a sorted set by creation time ({@code wk:cases:open}) and in
 * one by urgency ({@code wk:cases:queue}: equal scores, entries that sort as {@link ModerationCase#urgencyKey()}
 * orders cases), each author's cases in a sorted set by creation time ({@code
 * wk:cases:by:<platform>:<id>}; cases stored before it existed are not in it), ids
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
    // KEYS: case, open index, queue index[, author index]; ARGV: status, data, created at, id, queue entry
    private static final String ADD =
            """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'data', ARGV[2], 'queue', ARGV[5])
            if ARGV[1] == 'OPEN' then
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
              redis.call('ZADD', KEYS[3], 0, ARGV[5])
            end
            if KEYS[4] then redis.call('ZADD', KEYS[4], ARGV[3], ARGV[4]) end
            return 1
            """;
    // KEYS: case, open index, queue index; ARGV: status, data, id, queue entry of a case stored before the queue
    private static final String RESOLVE =
            """
            if redis.call('HGET', KEYS[1], 'status') ~= 'OPEN' then return 0 end
            local queued = redis.call('HGET', KEYS[1], 'queue') or ARGV[4]
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'data', ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[3])
            redis.call('ZREM', KEYS[3], queued)
            return 1
            """;
    // KEYS: open index, queue index; ARGV: case key prefix, first rank, last rank
    private static final String PAGE =
            """
            if redis.call('ZCARD', KEYS[1]) ~= redis.call('ZCARD', KEYS[2]) then return {'stale'} end
            local out = {'ok'}
            for _, entry in ipairs(redis.call('ZRANGE', KEYS[2], ARGV[2], ARGV[3])) do
              local id = string.sub(entry, string.find(entry, ':', 1, true) + 1)
              local data = redis.call('HGET', ARGV[1] .. id, 'data')
              if data then out[#out + 1] = data end
            end
            return out
            """;
    // KEYS: queue index; ARGV: case key prefix, then id and queue entry of every open case
    private static final String REQUEUE =
            """
            redis.call('DEL', KEYS[1])
            for i = 2, #ARGV, 2 do
              redis.call('HSET', ARGV[1] .. ARGV[i], 'queue', ARGV[i + 1])
              redis.call('ZADD', KEYS[1], 0, ARGV[i + 1])
            end
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
        String[] keys = keysOf(redis, moderationCase);
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
                                moderationCase.id().value(),
                                queueEntry(moderationCase)));
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
                        new String[] {key(open.id()), openKey(), queueKey(redis)},
                        resolved.status().name(),
                        redis.codec().write(resolved),
                        open.id().value(),
                        queueEntry(open)));
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

    @Override
    public int openCount() {
        Long count =
                RedisStores.orUnavailable("case count", () -> redis.commands().zcard(openKey()));
        return count == null ? 0 : Math.toIntExact(count);
    }

    /**
     * Reads the page in one round trip from the queue index. Cases stored before the index existed
     * (or restored from an older backup) are indexed first, once, from the open cases.
     */
    @Override
    public List<ModerationCase> openByUrgency(int offset, int limit) {
        ModerationCaseStore.checkPage(offset, limit);
        List<String> page = pageOfQueue(offset, limit);
        if (page.getFirst().equals("stale")) {
            requeue();
            page = pageOfQueue(offset, limit);
        }
        return page.stream().skip(1).map(this::read).toList();
    }

    private List<String> pageOfQueue(int offset, int limit) {
        return RedisStores.orUnavailable(
                "case listing",
                () -> redis.<List<String>>eval(
                        PAGE,
                        ScriptOutputType.MULTI,
                        new String[] {openKey(), queueKey(redis)},
                        redis.key("case", ""),
                        String.valueOf(offset),
                        String.valueOf((long) offset + limit - 1)));
    }

    private void requeue() {
        List<String> args = new ArrayList<>();
        args.add(redis.key("case", ""));
        for (ModerationCase c : open()) {
            args.add(c.id().value());
            args.add(queueEntry(c));
        }
        RedisStores.orUnavailable(
                "case listing",
                () -> redis.<Long>eval(
                        REQUEUE,
                        ScriptOutputType.INTEGER,
                        new String[] {queueKey(redis)},
                        args.toArray(String[]::new)));
    }

    /** Reads the newest {@code limit} of the member's index in one round trip. */
    @Override
    public List<ModerationCase> authoredBy(UserRef member, int limit) {
        ModerationCaseStore.checkPage(0, limit);
        List<String> data = RedisStores.orUnavailable(
                "case listing", () -> redis.dataOfIndex(authorKey(redis, member), redis.key("case", ""), -limit, -1));
        return data.reversed().stream().map(this::read).toList();
    }

    /**
     * The keys writing a case touches: the case, the open and queue indexes, the author's index
     * when the author is known.
     */
    static String[] keysOf(RedisStores redis, ModerationCase c) {
        String caseKey = redis.key("case", c.id().value());
        String open = redis.key("cases", "open");
        UserRef author = c.author();
        return author == null
                ? new String[] {caseKey, open, queueKey(redis)}
                : new String[] {caseKey, open, queueKey(redis), authorKey(redis, author)};
    }

    /** The case's entry in the queue index: its urgency key and id, sorting as the cases are worked. */
    static String queueEntry(ModerationCase c) {
        return c.urgencyKey() + ":" + c.id().value();
    }

    /** The index of open cases in the order they are worked ({@link ModerationCase#urgencyKey()}). */
    static String queueKey(RedisStores redis) {
        return redis.key("cases", "queue");
    }

    /** The index of a member's cases by creation time. */
    static String authorKey(RedisStores redis, UserRef member) {
        return redis.key("cases", "by", ModeratorRoster.key(member));
    }
}
