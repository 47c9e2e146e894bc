package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.RemoteOutbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands decisions to the instance that runs their platform through a Redis stream per platform,
 * {@code wk:outbound:<platform>}: one entry per batch (field {@code d}, a {@link DecisionJson}
 * array, so a batch keeps its order), read by the consumer group {@value #GROUP}, in which exactly
 * one {@link RedisDecisionConsumer} takes each entry. The group is created from the stream's start,
 * so entries added while no instance runs the platform wait for the first that does. The stream is
 * capped (approximately) at {@code maxEntries}. Thread-safe; one round trip per batch (two the
 * first time a platform is seen).
 */
public final class RedisRemoteOutbound implements RemoteOutbound {
    /** The consumer group of the instances that carry the decisions out. */
    public static final String GROUP = "instances";

    private final RedisStores redis;
    private final DecisionJson json;
    private final long maxEntries;
    private final Set<Platform> grouped = EnumSet.noneOf(Platform.class);

    public RedisRemoteOutbound(RedisStores redis, long maxEntries) {
        this.redis = redis;
        this.json = new DecisionJson(redis.codec());
        this.maxEntries = maxEntries;
    }

    /** The stream of the platform's decisions ({@code wk:outbound:telegram}). */
    public static String streamKey(RedisStores redis, Platform platform) {
        return redis.key("outbound", platform.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Adds the batch to the platform's stream; while Redis is away the batch waits in the
     * write-behind buffer and is added when Redis is back (an agent's reply to a member on another
     * platform is late, not lost). A batch Redis did not confirm in time is not added again.
     */
    @Override
    public void forward(Platform platform, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        String key = streamKey(redis, platform);
        String batch = json.writeAll(decisions);
        redis.writeBehind().writeAndWait("decisions for another instance", () -> {
            synchronized (grouped) {
                if (!grouped.contains(platform)) {
                    createGroup(redis.commands(), key);
                    grouped.add(platform);
                }
            }
            return redis.async()
                    .xadd(key, XAddArgs.Builder.maxlen(maxEntries).approximateTrimming(), Map.of("d", batch));
        });
    }

    /** Creates the group and the stream unless they exist; the group reads from the stream's start. */
    static void createGroup(RedisClusterCommands<String, String> commands, String key) {
        try {
            commands.xgroupCreate(XReadArgs.StreamOffset.from(key, "0-0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException e) {
            // BUSYGROUP: another instance created it first.
        }
    }
}
