package dev.watchkeeper.redis.incident;

import dev.watchkeeper.core.incident.signal.SignalSample;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.incident.signal.SignalWindow;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Community signals in Redis, shared by every instance, in a layout whose every key expires. Per
 * topic and minute (whole minutes since the epoch): a set of the members who wrote ({@code
 * wk:signal:members:<minute>:<topic>}), a hash of messages per platform and language ({@code
 * …:facets:…}, fields {@code platform:telegram}, {@code language:en}) and a list of the newest
 * {@value #EXAMPLES_KEPT} redacted examples ({@code …:examples:…}); per topic a sorted set of its
 * minutes ({@code wk:signal:minutes:<topic>}) and the alert claim ({@code wk:signal:alert:<topic>},
 * {@code SET NX PX} for the cooldown). The topic comes last in every key, so a topic with colons
 * cannot be mistaken for another.
 *
 * <p>Recording is one Lua script: it adds the member, the facets and the example, and forgets the
 * topic's minutes older than the retention before its newest (as the in-memory store does), so
 * replayed or late minutes are bounded too. Every key it touches expires the retention (plus a
 * minute) after its last write, so a topic nobody writes about leaves nothing behind. Reads are
 * one script each and visit only the minutes the topic's sorted set lists.
 *
 * <p>{@link #claimAlert} lasts from {@code now} to {@code until} on Redis's clock ({@code SET NX
 * PX}), which for live traffic is the caller's: a replay at simulated speed sees the cooldown last
 * in real time.
 *
 * <p>Every call throws the core's {@link dev.watchkeeper.core.store.StoreUnavailableException}
 * when Redis is unreachable. Thread-safe; every call is one round trip ({@link #recordAll} too).
 */
public final class RedisSignalStore implements SignalStore {
    private static final int EXAMPLES_KEPT = 10;

    // KEYS: minutes, members, facets, examples, since
    // ARGV: member, platform, language, example, minute, ttl (s), examples kept, retention (min), prefix, topic
    private static final String RECORD =
            """
            local ttl = tonumber(ARGV[6])
            redis.call('SADD', KEYS[2], ARGV[1])
            redis.call('HINCRBY', KEYS[3], 'platform:' .. ARGV[2], 1)
            redis.call('HINCRBY', KEYS[3], 'language:' .. ARGV[3], 1)
            if ARGV[4] ~= '' then
              redis.call('LPUSH', KEYS[4], ARGV[4])
              redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[7]) - 1)
              redis.call('EXPIRE', KEYS[4], ttl)
            end
            redis.call('ZADD', KEYS[1], ARGV[5], ARGV[5])
            local newest = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1)[1])
            local before = '(' .. string.format('%d', newest - tonumber(ARGV[8]))
            for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', before)) do
              local tail = m .. ':' .. ARGV[10]
              redis.call('DEL', ARGV[9] .. 'members:' .. tail, ARGV[9] .. 'facets:' .. tail, ARGV[9] .. 'examples:' .. tail)
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', before)
            redis.call('EXPIRE', KEYS[1], ttl)
            redis.call('EXPIRE', KEYS[2], ttl)
            redis.call('EXPIRE', KEYS[3], ttl)
            redis.call('SET', KEYS[5], ARGV[5], 'NX')
            redis.call('EXPIRE', KEYS[5], ttl)
            return 1
            """;

    // KEYS: minutes; ARGV: from, to, prefix, topic
    private static final String DISTINCT =
            """
            local seen = {}
            local count = 0
            for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2])) do
              for _, member in ipairs(redis.call('SMEMBERS', ARGV[3] .. 'members:' .. m .. ':' .. ARGV[4])) do
                if not seen[member] then
                  seen[member] = true
                  count = count + 1
                end
              end
            end
            return count
            """;

    // KEYS: minutes; ARGV: from, to, prefix, topic
    private static final String MEMBER_MINUTES =
            """
            local sum = 0
            for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2])) do
              sum = sum + redis.call('SCARD', ARGV[3] .. 'members:' .. m .. ':' .. ARGV[4])
            end
            return sum
            """;

    // KEYS: minutes; ARGV: from, to, prefix, topic, examples per minute
    // returns members, first minute (or ''), facet count, facet name and count pairs, examples newest first
    private static final String WINDOW =
            """
            local minutes = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2])
            local seen = {}
            local count = 0
            local facets = {}
            local names = {}
            local examples = {}
            local limit = tonumber(ARGV[5])
            for i = #minutes, 1, -1 do
              local tail = minutes[i] .. ':' .. ARGV[4]
              for _, member in ipairs(redis.call('SMEMBERS', ARGV[3] .. 'members:' .. tail)) do
                if not seen[member] then
                  seen[member] = true
                  count = count + 1
                end
              end
              local counts = redis.call('HGETALL', ARGV[3] .. 'facets:' .. tail)
              for j = 1, #counts, 2 do
                if facets[counts[j]] == nil then
                  names[#names + 1] = counts[j]
                  facets[counts[j]] = 0
                end
                facets[counts[j]] = facets[counts[j]] + tonumber(counts[j + 1])
              end
              if limit > 0 then
                for _, e in ipairs(redis.call('LRANGE', ARGV[3] .. 'examples:' .. tail, 0, limit - 1)) do
                  examples[#examples + 1] = e
                end
              end
            end
            local out = {count, minutes[1] or '', #names}
            for _, name in ipairs(names) do
              out[#out + 1] = name
              out[#out + 1] = facets[name]
            end
            for _, e in ipairs(examples) do out[#out + 1] = e end
            return out
            """;

    private final RedisStores redis;
    private final long retentionMinutes;
    private final long ttlSeconds;

    /**
     * @param retention how much history each topic keeps: at least the signal settings' {@link
     *     dev.watchkeeper.core.incident.signal.SignalSettings#retention() retention}
     */
    public RedisSignalStore(RedisStores redis, Duration retention) {
        this.redis = redis;
        this.retentionMinutes = Math.max(1, retention.toMinutes());
        this.ttlSeconds = retentionMinutes * 60 + 60;
    }

    @Override
    public void record(String topic, long minute, String member, SignalSample sample) {
        recordAll(List.of(topic), minute, member, sample);
    }

    /** One script per topic, sent without waiting in between: one round trip for them all. */
    @Override
    public void recordAll(List<String> topics, long minute, String member, SignalSample sample) {
        String m = String.valueOf(minute);
        List<CompletionStage<Long>> replies = new ArrayList<>(topics.size());
        for (String topic : topics) {
            replies.add(RedisStores.orUnavailable(
                    "signal count",
                    () -> redis.<Long>evalAsync(
                            RECORD,
                            ScriptOutputType.INTEGER,
                            new String[] {
                                minutes(topic),
                                perMinute("members", m, topic),
                                perMinute("facets", m, topic),
                                perMinute("examples", m, topic),
                                redis.key("signal", "since")
                            },
                            member,
                            sample.platform().name().toLowerCase(Locale.ROOT),
                            sample.language(),
                            sample.example(),
                            m,
                            String.valueOf(ttlSeconds),
                            String.valueOf(EXAMPLES_KEPT),
                            String.valueOf(retentionMinutes),
                            redis.key("signal", ""),
                            topic)));
        }
        RedisStores.awaitAll("signal count", replies);
    }

    @Override
    public java.util.OptionalLong since() {
        String since =
                RedisStores.orUnavailable("signal read", () -> redis.commands().get(redis.key("signal", "since")));
        return since == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Long.parseLong(since));
    }

    @Override
    public int distinctMembers(String topic, long from, long to) {
        Long count = RedisStores.orUnavailable("signal read", () -> span(DISTINCT, topic, from, to));
        return count == null ? 0 : count.intValue();
    }

    @Override
    public long memberMinutes(String topic, long from, long to) {
        Long sum = RedisStores.orUnavailable("signal read", () -> span(MEMBER_MINUTES, topic, from, to));
        return sum == null ? 0 : sum;
    }

    @Override
    public SignalWindow window(String topic, long from, long to, int examples) {
        List<Object> reply = RedisStores.orUnavailable(
                "signal read",
                () -> redis.<List<Object>>eval(
                        WINDOW,
                        ScriptOutputType.MULTI,
                        new String[] {minutes(topic)},
                        String.valueOf(from),
                        String.valueOf(to),
                        redis.key("signal", ""),
                        topic,
                        String.valueOf(Math.max(0, examples))));
        int members = ((Long) reply.get(0)).intValue();
        String first = (String) reply.get(1);
        int facets = ((Long) reply.get(2)).intValue();
        Map<String, Integer> platforms = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 3; i < 3 + 2 * facets; i += 2) {
            String name = (String) reply.get(i);
            int count = ((Long) reply.get(i + 1)).intValue();
            int colon = name.indexOf(':');
            (name.startsWith("platform:") ? platforms : languages).put(name.substring(colon + 1), count);
        }
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 3 + 2 * facets; i < reply.size() && shown.size() < examples; i++) {
            shown.add((String) reply.get(i));
        }
        return new SignalWindow(
                members, platforms, languages, List.copyOf(shown), first.isEmpty() ? to : Long.parseLong(first));
    }

    @Override
    public boolean claimAlert(String topic, Instant now, Instant until) {
        long cooldown = Duration.between(now, until).toMillis();
        if (cooldown <= 0) {
            return true;
        }
        String set = RedisStores.orUnavailable("alert claim", () -> redis.commands()
                .set(
                        redis.key("signal", "alert", topic),
                        now.toString(),
                        SetArgs.Builder.nx().px(cooldown)));
        return "OK".equals(set);
    }

    private Long span(String script, String topic, long from, long to) {
        return redis.eval(
                script,
                ScriptOutputType.INTEGER,
                new String[] {minutes(topic)},
                String.valueOf(from),
                String.valueOf(to),
                redis.key("signal", ""),
                topic);
    }

    private String minutes(String topic) {
        return redis.key("signal", "minutes", topic);
    }

    private String perMinute(String kind, String minute, String topic) {
        return redis.key("signal", kind, minute, topic);
    }
}
