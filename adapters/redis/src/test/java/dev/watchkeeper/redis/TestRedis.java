package dev.watchkeeper.redis;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server for integration tests, on a free port of 127.0.0.1: {@code redis-server}
 * from the PATH when there is one, else the binary shipped in embedded-redis. Append-only file on,
 * so {@link #restart()} keeps the data, as a production server with AOF does. One server is
 * shared by the test JVM ({@link #shared()}); tests isolate themselves by key prefix. Benchmarks
 * start their own ({@link #startNew(String)}).
 */
public final class TestRedis {
    private static TestRedis shared;

    private final int port;
    private final Path dir;
    private final String appendFsync;
    private RedisServer server;

    private TestRedis(String appendFsync) {
        this.appendFsync = appendFsync;
        try {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            dir = Files.createTempDirectory("watchkeeper-redis-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The server of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestRedis shared() {
        if (shared == null) {
            shared = new TestRedis("always");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /**
     * A new server of its own, which the caller stops.
     *
     * @param appendFsync the {@code appendfsync} policy: {@code always} (as the tests use, so that
     *     a restart loses nothing) or {@code everysec} (Redis's default, as production runs)
     */
    public static TestRedis startNew(String appendFsync) {
        return new TestRedis(appendFsync);
    }

    /** Starts the server (again, if it was stopped), reading back its append-only file. */
    public synchronized void start() {
        if (server != null && server.isActive()) {
            return;
        }
        try {
            server = RedisServer.newRedisServer()
                    .executableProvider(executable())
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("appendonly yes")
                    .setting("appendfsync " + appendFsync)
                    .setting("save \"\"")
                    .setting("dir " + dir)
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, as an outage does. */
    public synchronized void stop() {
        try {
            if (server != null && server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops and starts the server on the same port and data. */
    public void restart() {
        stop();
        start();
    }

    /** The server's URL. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** A fresh key prefix, so that tests sharing the server do not see each other's keys. */
    public static String freshPrefix() {
        return "wk-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** Opens connections with a 2-second timeout and closes them all at once. */
    public Connections connections() {
        return new Connections();
    }

    /** Connections opened by one test. */
    public final class Connections implements AutoCloseable {
        private final List<RedisStores> open = new ArrayList<>();

        /** A new connection with these keys. */
        public synchronized RedisStores open(String prefix) {
            RedisStores stores = RedisStores.connect(url(), prefix, Duration.ofSeconds(2), 10_000);
            open.add(stores);
            return stores;
        }

        @Override
        public synchronized void close() {
            open.forEach(RedisStores::close);
            open.clear();
        }
    }

    private static ExecutableProvider executable() {
        try {
            return ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException e) {
            return ExecutableProvider.newJarResourceProvider();
        }
    }
}
