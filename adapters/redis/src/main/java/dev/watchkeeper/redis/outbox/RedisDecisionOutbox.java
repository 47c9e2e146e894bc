package dev.watchkeeper.redis.outbox;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.OutboxEntry;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.bot.DecisionJson;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox in Redis: a stream per platform, {@code wk:outbox:<platform>}, one entry per batch
 * (field {@code d}, a {@link DecisionJson} array), read by the consumer group {@value #GROUP} in
 * which each running sender is a consumer: {@code XADD} records, {@code XREADGROUP} takes, {@code
 * XAUTOCLAIM} claims a dead sender's pending entries, {@code XCLAIM … JUSTID} touches, and {@code
 * XACK} with {@code XDEL} removes. The stream is never trimmed: an entry leaves only when done.
 *
 * <p>Thread-safe. Every call is a round trip on the shared connection except {@link #take}, which
 * blocks on a connection of its own per platform (opened on first use, closed by {@link #close()}),
 * so that one platform's wait for entries never holds up another's; calls throw
 * when Redis cannot be reached. An entry that cannot be read (a newer format) is logged and removed.
 */
public final class RedisDecisionOutbox implements DecisionOutbox, AutoCloseable {
    /** The consumer group of the instances that send. */
    public static final String GROUP = "senders";

    private static final String DONE =
            "redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) return redis.call('XDEL', KEYS[1], ARGV[2])";

    private static final Logger log = LoggerFactory.getLogger(RedisDecisionOutbox.class);

    private final RedisStores redis;
    private final DecisionJson json;
    private final Set<Platform> grouped = EnumSet.noneOf(Platform.class);
    private final Supplier<RedisStores.Dedicated> dedicated;
    private final Map<Platform, RedisStores.Dedicated> blocking = new EnumMap<>(Platform.class);

    public RedisDecisionOutbox(RedisStores redis) {
        this.redis = redis;
        this.json = new DecisionJson(redis.codec());
        this.dedicated = redis::dedicatedConnection;
    }

    /** The platform's stream ({@code wk:outbox:telegram}). */
    public static String streamKey(RedisStores redis, Platform platform) {
        return redis.key("outbox", platform.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String append(Platform platform, List<Decision> decisions) {
        String key = ensureGroup(platform);
        return redis.commands().xadd(key, Map.of("d", json.writeAll(decisions)));
    }

    @Override
    public List<OutboxEntry> take(Platform platform, String consumer, int max, Duration wait) {
        String key = ensureGroup(platform);
        XReadArgs args = XReadArgs.Builder.count(max);
        if (wait.toMillis() > 0) {
            args.block(wait);
        }
        List<StreamMessage<String, String>> read;
        try {
            read = blocking(platform)
                    .commands()
                    .xreadgroup(Consumer.from(GROUP, consumer), args, XReadArgs.StreamOffset.lastConsumed(key));
        } catch (RedisCommandExecutionException e) {
            if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                forgetGroup(platform);
            }
            throw e;
        }
        return entries(platform, read);
    }

    @Override
    public List<OutboxEntry> claimIdle(Platform platform, String consumer, Duration minIdle, int max) {
        String key = ensureGroup(platform);
        return entries(
                platform,
                redis.commands()
                        .xautoclaim(
                                key,
                                XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, consumer), minIdle, "0-0")
                                        .count(max))
                        .getMessages());
    }

    @Override
    public void touch(Platform platform, String consumer, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String key = ensureGroup(platform);
        redis.commands()
                .xclaim(
                        key,
                        Consumer.from(GROUP, consumer),
                        XClaimArgs.Builder.justid().minIdleTime(0),
                        ids.toArray(String[]::new));
    }

    @Override
    public void done(Platform platform, String id) {
        // In one step: a process killed between an XACK and an XDEL left an acknowledged entry in
        // the stream that no sender reads again and that counted as pending for good.
        redis.commands().eval(DONE, ScriptOutputType.INTEGER, new String[] {streamKey(redis, platform)}, GROUP, id);
    }

    @Override
    public long pending(Platform platform) {
        return redis.commands().xlen(streamKey(redis, platform));
    }

    private List<OutboxEntry> entries(Platform platform, List<StreamMessage<String, String>> read) {
        List<OutboxEntry> out = new ArrayList<>(read.size());
        for (StreamMessage<String, String> message : read) {
            String body = message.getBody() == null ? null : message.getBody().get("d");
            if (body == null) {
                // Deleted while pending: nothing left to carry out.
                redis.commands().xack(streamKey(redis, platform), GROUP, message.getId());
                continue;
            }
            try {
                out.add(new OutboxEntry(message.getId(), platform, json.readAll(body)));
            } catch (RuntimeException e) {
                log.error(
                        "Dropped {} outbox entry {} that cannot be read: {}",
                        platform,
                        message.getId(),
                        e.getMessage());
                done(platform, message.getId());
            }
        }
        return out;
    }

    private synchronized RedisStores.Dedicated blocking(Platform platform) {
        return blocking.computeIfAbsent(platform, p -> dedicated.get());
    }

    private String ensureGroup(Platform platform) {
        String key = streamKey(redis, platform);
        synchronized (grouped) {
            if (!grouped.contains(platform)) {
                try {
                    redis.commands()
                            .xgroupCreate(
                                    XReadArgs.StreamOffset.from(key, "0-0"),
                                    GROUP,
                                    XGroupCreateArgs.Builder.mkstream());
                } catch (RedisBusyException e) {
                    // BUSYGROUP: another instance created it first.
                }
                grouped.add(platform);
            }
        }
        return key;
    }

    private void forgetGroup(Platform platform) {
        synchronized (grouped) {
            grouped.remove(platform);
        }
    }

    @Override
    public synchronized void close() {
        blocking.values().forEach(RedisStores.Dedicated::close);
        blocking.clear();
    }
}
