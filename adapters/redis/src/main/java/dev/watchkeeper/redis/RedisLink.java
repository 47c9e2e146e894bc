package dev.watchkeeper.redis;

import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared connection, opened at start if Redis answers, else opened in the background: the bot
 * starts without Redis and works as during an outage (commands fail at once with a {@link
 * RedisConnectionException}, which every store handles as Redis being away) until a try succeeds.
 * Tries wait 1 second, then twice as long each time, at most {@link #MAX_WAIT}. One log line per
 * kind of failure (its exception class and message) and one when connected, not one per try.
 * Thread-safe.
 */
final class RedisLink implements AutoCloseable {
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

    /** An open connection with its two command interfaces. */
    record Opened(
            StatefulConnection<String, String> connection,
            RedisClusterCommands<String, String> sync,
            RedisClusterAsyncCommands<String, String> async) {}

    private final String address;
    private final Supplier<Opened> open;
    private final RedisClusterCommands<String, String> commands;
    private final RedisClusterAsyncCommands<String, String> async;
    private final Set<String> logged = new HashSet<>();
    private volatile @Nullable Opened opened;
    private @Nullable ScheduledExecutorService connector;
    private int tries;

    /**
     * Opens now, or starts trying in the background. Never throws for an unreachable Redis.
     *
     * @param address where Redis is, for the log, without a password
     */
    RedisLink(String address, Supplier<Opened> open) {
        this.address = address;
        this.open = open;
        Opened first = tryOpen();
        if (first != null) {
            opened = first;
            commands = first.sync();
            async = first.async();
            return;
        }
        commands = whenOpen(RedisClusterCommands.class, Opened::sync);
        async = whenOpen(RedisClusterAsyncCommands.class, Opened::async);
        connector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "watchkeeper-redis-connect");
            thread.setDaemon(true);
            return thread;
        });
        connector.schedule(this::retry, 1, TimeUnit.SECONDS);
    }

    /** The synchronous commands; until connected, each throws {@link RedisConnectionException}. */
    RedisClusterCommands<String, String> commands() {
        return commands;
    }

    /** The asynchronous commands; until connected, each throws {@link RedisConnectionException}. */
    RedisClusterAsyncCommands<String, String> async() {
        return async;
    }

    /** The open connection, or null before the first successful try. */
    @Nullable
    StatefulConnection<String, String> connection() {
        Opened now = opened;
        return now == null ? null : now.connection();
    }

    private void retry() {
        Opened now = tryOpen();
        if (now != null) {
            opened = now;
            log.info("Connected to Redis after {} tries", tries);
            return;
        }
        long wait = Math.min(MAX_WAIT.toMillis(), 1000L << Math.min(tries - 1, 5));
        ScheduledExecutorService scheduler = connector;
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.schedule(this::retry, wait, TimeUnit.MILLISECONDS);
        }
    }

    private @Nullable Opened tryOpen() {
        tries++;
        try {
            return open.get();
        } catch (RedisException e) {
            Throwable cause = e.getCause() == null ? e : rootOf(e);
            String kind = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            if (logged.add(kind)) {
                log.warn(
                        "Redis at {} not reachable ({}); the bot runs without it (health DOWN) and tries again,"
                                + " waiting up to {} s between tries (its address is watchkeeper.redis.url)",
                        address,
                        kind,
                        MAX_WAIT.toSeconds());
            } else {
                log.debug("Redis still not reachable, try {} ({})", tries, kind);
            }
            return null;
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A proxy that calls the open connection's interface, or throws while there is none. */
    private <T> T whenOpen(Class<?> type, java.util.function.Function<Opened, Object> target) {
        Object proxy = Proxy.newProxyInstance(
                RedisLink.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(self, method, args);
                    }
                    Opened now = opened;
                    if (now == null) {
                        throw new RedisConnectionException("Redis not connected yet");
                    }
                    try {
                        return method.invoke(target.apply(now), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        @SuppressWarnings("unchecked")
        T typed = (T) proxy;
        return typed;
    }

    private static Object objectMethod(Object self, Method method, Object @Nullable [] args) {
        return switch (method.getName()) {
            case "equals" -> args != null && self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "RedisLink commands";
        };
    }

    @Override
    public void close() {
        ScheduledExecutorService scheduler = connector;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        Opened now = opened;
        if (now != null) {
            now.connection().close();
        }
    }
}
