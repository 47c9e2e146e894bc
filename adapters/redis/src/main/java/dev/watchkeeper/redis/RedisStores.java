package dev.watchkeeper.redis;

import dev.watchkeeper.core.store.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One shared Lettuce connection to Redis (standalone {@code redis://} or {@code rediss://},
 * Sentinel {@code redis-sentinel://}, or a Cluster given as a comma-separated list of seed URIs),
 * with the key prefix, the JSON codec and the write-behind buffer the stores share.
 *
 * <p>Lettuce reconnects by itself after an outage. While disconnected, commands fail at once
 * (rather than queue), so that the bot keeps answering and the health check reports the store
 * down. Thread-safe: Lettuce's connection is shared by all threads; nothing here uses MULTI (which
 * a shared connection cannot isolate): atomic steps are Lua scripts. Every call blocks for at most
 * the command timeout. In a Cluster, the scripts touch keys of one store family together, so the
 * prefix must carry a hash tag ({@code {wk}:}) to keep them in one slot.
 */
public final class RedisStores implements AutoCloseable {
    private static final String DATA_OF_INDEX =
            """
            local ids = redis.call('ZRANGE', KEYS[1], ARGV[2], ARGV[3])
            local out = {}
            for _, id in ipairs(ids) do
              local data = redis.call('HGET', ARGV[1] .. id, 'data')
              if data then out[#out + 1] = data end
            end
            return out
            """;

    private static final String DATA_OF_POINTER =
            """
            local id = redis.call('GET', KEYS[1])
            if not id then return false end
            return redis.call('HGET', ARGV[1] .. id, 'data')
            """;

    private static final String RAISE =
            """
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
            return 1
            """;

    private final AutoCloseable client;
    private final RedisLink link;
    private final RedisClusterCommands<String, String> commands;
    private final RedisClusterAsyncCommands<String, String> async;
    private final String prefix;
    private final JsonCodec codec = new JsonCodec();
    private final WriteBehind writeBehind;
    private final Supplier<Dedicated> dedicated;
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    private RedisStores(
            AutoCloseable client,
            RedisLink link,
            String prefix,
            WriteBehind writeBehind,
            Supplier<Dedicated> dedicated) {
        this.dedicated = dedicated;
        this.client = client;
        this.link = link;
        this.commands = link.commands();
        this.async = link.async();
        this.prefix = prefix;
        this.writeBehind = writeBehind;
    }

    /** A Redis URL (or several, comma-separated) with any password in it masked, for logs and messages. */
    public static String redacted(String url) {
        return url.replaceAll("//[^@/]*@", "//***@");
    }

    /**
     * Connects, or, when Redis cannot be reached now, keeps trying in the background with back-off
     * ({@link RedisLink}): meanwhile every command fails at once as during an outage, {@link
     * #isUp()} is false, and the stores degrade as they do then. Throws only for a malformed URL.
     *
     * @param url a Redis URI, or several comma-separated seed URIs of a Cluster; may carry a
     *     password, which is never logged
     * @param prefix the key prefix, such as {@code wk:}
     * @param timeout the command timeout
     * @param bufferedWrites how many writes may wait out an outage
     */
    public static RedisStores connect(String url, String prefix, Duration timeout, int bufferedWrites) {
        List<RedisURI> uris = Arrays.stream(url.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(RedisURI::create)
                .toList();
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("watchkeeper.redis.url is empty");
        }
        uris.forEach(uri -> uri.setTimeout(timeout));
        TimeoutOptions timeouts = TimeoutOptions.enabled(timeout);
        WriteBehind writeBehind = new WriteBehind(bufferedWrites, Duration.ofSeconds(1), timeout);
        if (uris.size() == 1) {
            RedisClient client = RedisClient.create(uris.getFirst());
            client.setOptions(ClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(timeouts)
                    .build());
            RedisLink link = new RedisLink(redacted(url), () -> {
                var connection = client.connect();
                return new RedisLink.Opened(connection, connection.sync(), connection.async());
            });
            return new RedisStores(client::shutdown, link, prefix, writeBehind, () -> {
                var own = client.connect();
                return new Dedicated(own, own.sync());
            });
        }
        RedisClusterClient client = RedisClusterClient.create(uris);
        client.setOptions(ClusterClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(timeouts)
                .build());
        RedisLink link = new RedisLink(redacted(url), () -> {
            var connection = client.connect();
            return new RedisLink.Opened(connection, connection.sync(), connection.async());
        });
        return new RedisStores(client::shutdown, link, prefix, writeBehind, () -> {
            var own = client.connect();
            return new Dedicated(own, own.sync());
        });
    }

    /**
     * A connection of its own, for blocking commands ({@code XREADGROUP BLOCK}) that would hold up
     * every other thread on the shared one. Same server, options and timeout; the caller closes it.
     */
    public Dedicated dedicatedConnection() {
        return dedicated.get();
    }

    /** A connection used by one thread; closing it closes the connection, not the client. */
    public record Dedicated(
            StatefulConnection<String, String> connection, RedisClusterCommands<String, String> commands)
            implements AutoCloseable {
        @Override
        public void close() {
            connection.close();
        }
    }

    /** The synchronous commands, shared by all threads. */
    public RedisClusterCommands<String, String> commands() {
        return commands;
    }

    /**
     * The asynchronous commands on the same shared connection, for writes nobody waits for (see
     * {@link WriteBehind}).
     */
    public RedisClusterAsyncCommands<String, String> async() {
        return async;
    }

    /** The key made of the prefix and these parts joined by colons ({@code wk:ticket:WK-1}). */
    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    /** The key prefix. */
    public String prefix() {
        return prefix;
    }

    /** The versioned JSON codec. */
    public JsonCodec codec() {
        return codec;
    }

    /** The buffer for writes that may wait out an outage. */
    public WriteBehind writeBehind() {
        return writeBehind;
    }

    /**
     * The {@code data} field of every hash an index (a sorted set of ids) lists, in index order,
     * read in one round trip; ids whose hash is gone are skipped.
     *
     * @param index the sorted set's key
     * @param hashPrefix the key prefix that, with an id, names the hash
     */
    public List<String> dataOfIndex(String index, String hashPrefix) {
        return dataOfIndex(index, hashPrefix, 0, -1);
    }

    /**
     * As {@link #dataOfIndex(String, String)}, for the index's ranks {@code first} to {@code last}
     * (inclusive, {@code -1} for the end): one page of a large index.
     */
    public List<String> dataOfIndex(String index, String hashPrefix, long first, long last) {
        return eval(
                DATA_OF_INDEX,
                ScriptOutputType.MULTI,
                new String[] {index},
                hashPrefix,
                String.valueOf(first),
                String.valueOf(last));
    }

    /**
     * Sets an integer counter to {@code atLeast} unless it is already greater, atomically; one round
     * trip. Throws the core's {@link StoreUnavailableException} when Redis does not answer.
     */
    public void raiseCounter(String counter, long atLeast) {
        orUnavailable(
                "counter update",
                () -> this.<Long>eval(
                        RAISE, ScriptOutputType.INTEGER, new String[] {counter}, String.valueOf(atLeast)));
    }

    /**
     * A {@code SCAN} pattern for the keys that start with the prefix and these parts joined by
     * colons, with the glob characters of the prefix and parts escaped.
     */
    public String keysStartingWith(String... parts) {
        return key(parts).replaceAll("([*?\\[\\]\\\\])", "\\\\$1") + "*";
    }

    /**
     * The {@code data} field of the hash whose id a string key holds, read in one round trip; null
     * when the key or the hash is missing.
     *
     * @param pointer the string key holding an id
     * @param hashPrefix the key prefix that, with the id, names the hash
     */
    public @Nullable String dataOfPointer(String pointer, String hashPrefix) {
        return eval(DATA_OF_POINTER, ScriptOutputType.VALUE, new String[] {pointer}, hashPrefix);
    }

    /**
     * Runs a Lua script by its SHA-1 digest ({@code EVALSHA}), so the script's text crosses the wire
     * once ({@code SCRIPT LOAD} at its first use here), and again only if the server lost it (a
     * restart without persistence of its script cache, {@code SCRIPT FLUSH}).
     */
    public <T> T eval(String script, ScriptOutputType type, String[] keys, String... args) {
        String sha = digestOf(script);
        try {
            return commands.evalsha(sha, type, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(script, type, keys, args);
        }
    }

    /**
     * As {@link #eval}, without waiting for the reply. If the server lost the script, the script is
     * sent again after the refusal, so that write may land after writes sent meanwhile.
     */
    public <T> CompletionStage<T> evalAsync(String script, ScriptOutputType type, String[] keys, String... args) {
        String sha = digestOf(script);
        CompletionStage<T> bySha = async.evalsha(sha, type, keys, args);
        return bySha.exceptionallyCompose(failure -> WriteBehind.unwrap(failure) instanceof RedisNoScriptException
                ? async.<T>eval(script, type, keys, args)
                : CompletableFuture.failedStage(failure));
    }

    /** The script's digest, loaded into the server at its first use here. */
    private String digestOf(String script) {
        return digests.computeIfAbsent(script, commands::scriptLoad);
    }

    /**
     * Runs a call on Redis, turning "Redis cannot be reached" (not connected, connection lost, no
     * reply in time) into the core's {@link StoreUnavailableException}, which the core degrades on.
     * A command Redis refused stays a fault.
     *
     * @param what what is not done when Redis is away, a fixed text such as "ticket lookup"
     */
    public static <T> T orUnavailable(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisCommandExecutionException e) {
            throw e;
        } catch (RedisException e) {
            throw new StoreUnavailableException(what, e);
        }
    }

    /**
     * Waits for the replies of commands sent without waiting (so pipelined on the shared
     * connection), each for at most the command timeout, and returns them in order (null where a
     * command found nothing). Throws the core's {@link StoreUnavailableException} when Redis does
     * not answer, as {@link #orUnavailable} does.
     *
     * @param what what is not done when Redis is away
     */
    public static <T> List<@Nullable T> awaitAll(String what, List<? extends CompletionStage<? extends T>> replies) {
        List<@Nullable T> values = new ArrayList<>(replies.size());
        for (CompletionStage<? extends T> reply : replies) {
            values.add(orUnavailable(what, () -> {
                try {
                    return reply.toCompletableFuture().join();
                } catch (CompletionException e) {
                    if (WriteBehind.unwrap(e) instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw e;
                }
            }));
        }
        return values;
    }

    /** True when Redis answers a PING now. Never throws. */
    public boolean isUp() {
        try {
            StatefulConnection<String, String> connection = link.connection();
            return connection != null && connection.isOpen() && "PONG".equals(commands.ping());
        } catch (RedisException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writeBehind.close();
        link.close();
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the Redis client failed", e);
        }
    }
}
