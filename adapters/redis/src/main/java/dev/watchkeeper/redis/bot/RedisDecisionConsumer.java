package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out on this instance the decisions other instances handed over for a platform it runs
 * ({@link RedisRemoteOutbound}): reads the platform's stream in the consumer group on a daemon
 * thread and a connection of its own (a blocking read would hold up the shared one), sends each
 * batch through the local adapter, then acknowledges and deletes the entry.
 *
 * <p>An entry whose sending throws stays pending and is taken again, by this or any instance, once
 * it has been idle for {@code claimAfter} ({@code XAUTOCLAIM}); so are the entries of an instance
 * that died between reading and acknowledging. After {@value #ATTEMPTS} failures here, or when it
 * cannot be read at all (a newer format), an entry is logged and dropped. Delivery is therefore at
 * least once: a crash between sending and acknowledging sends the batch again. {@link #close()}
 * stops the thread within the blocking read's time.
 */
public final class RedisDecisionConsumer implements AutoCloseable {
    private static final String DONE =
            "redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) return redis.call('XDEL', KEYS[1], ARGV[2])";

    private static final Logger log = LoggerFactory.getLogger(RedisDecisionConsumer.class);

    private final OutageLog outage = new OutageLog(log);
    static final int ATTEMPTS = 5;
    private static final int BATCH = 16;
    private static final int MAX_REMEMBERED_FAILURES = 1_000;

    private final RedisStores.Dedicated connection;
    private final String key;
    private final Platform platform;
    private final Consumer<String> consumer;
    private final Outbound local;
    private final DecisionJson json;
    private final Duration block;
    private final Duration claimAfter;
    private final Map<String, Integer> failures = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextClaim;

    private RedisDecisionConsumer(
            RedisStores redis,
            Platform platform,
            Outbound local,
            String consumerName,
            Duration block,
            Duration claimAfter) {
        this.connection = redis.dedicatedConnection();
        this.key = RedisRemoteOutbound.streamKey(redis, platform);
        this.platform = platform;
        this.consumer = Consumer.from(RedisRemoteOutbound.GROUP, consumerName);
        this.local = local;
        this.json = new DecisionJson(redis.codec());
        this.block = block;
        this.claimAfter = claimAfter;
        this.thread = Thread.ofPlatform()
                .name("redis-outbound-" + platform.name().toLowerCase(java.util.Locale.ROOT))
                .daemon(true)
                .unstarted(this::run);
    }

    /**
     * Starts consuming the platform's stream. Blocks for the connection and one command; fails when
     * Redis cannot be reached now.
     *
     * @param consumerName this instance's name in the group, unique among running instances
     * @param block how long one read waits for entries; below the command timeout
     * @param claimAfter how long an entry stays unacknowledged before another reader takes it
     */
    public static RedisDecisionConsumer start(
            RedisStores redis,
            Platform platform,
            Outbound local,
            String consumerName,
            Duration block,
            Duration claimAfter) {
        RedisDecisionConsumer started =
                new RedisDecisionConsumer(redis, platform, local, consumerName, block, claimAfter);
        RedisRemoteOutbound.createGroup(started.connection.commands(), started.key);
        started.thread.start();
        return started;
    }

    private void run() {
        while (running) {
            try {
                if (System.nanoTime() - nextClaim >= 0) {
                    handle(connection
                            .commands()
                            .xautoclaim(
                                    key,
                                    XAutoClaimArgs.Builder.xautoclaim(consumer, claimAfter, "0-0")
                                            .count(BATCH))
                            .getMessages());
                    nextClaim = System.nanoTime() + claimAfter.toNanos() / 2;
                }
                handle(connection
                        .commands()
                        .xreadgroup(
                                consumer,
                                XReadArgs.Builder.block(block).count(BATCH),
                                XReadArgs.StreamOffset.lastConsumed(key)));
                outage.succeeded();
            } catch (RedisException e) {
                if (!running) {
                    return;
                }
                if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    RedisRemoteOutbound.createGroup(connection.commands(), key);
                } else {
                    outage.failed("reading " + platform + " decisions is retried every second", e);
                    pause();
                }
            }
        }
    }

    private void handle(List<StreamMessage<String, String>> entries) {
        for (StreamMessage<String, String> entry : entries) {
            List<Decision> decisions;
            try {
                decisions = json.readAll(String.valueOf(entry.getBody().get("d")));
            } catch (RuntimeException e) {
                log.error("Dropped {} decisions {} that cannot be read: {}", platform, entry.getId(), e.getMessage());
                done(entry.getId());
                continue;
            }
            try {
                local.send(decisions);
            } catch (RuntimeException e) {
                if (failures.size() >= MAX_REMEMBERED_FAILURES) {
                    // Entries another instance took over never come back here to be forgotten.
                    failures.clear();
                }
                int failed = failures.merge(entry.getId(), 1, Integer::sum);
                if (failed < ATTEMPTS) {
                    log.warn(
                            "Sending {} decisions {} failed (attempt {}); retried later",
                            platform,
                            entry.getId(),
                            failed,
                            e);
                    continue;
                }
                log.error("Dropped {} decisions {} after {} failed attempts", platform, entry.getId(), failed, e);
            }
            done(entry.getId());
        }
    }

    private void done(String id) {
        failures.remove(id);
        // One group reads the stream: an acknowledged entry is of no further use. In one step, so
        // that a process killed in between cannot leave an acknowledged entry in the stream.
        connection.commands().eval(DONE, ScriptOutputType.INTEGER, new String[] {key}, RedisRemoteOutbound.GROUP, id);
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops reading (an entry being sent is finished) and closes the connection. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(block.toMillis() + 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
