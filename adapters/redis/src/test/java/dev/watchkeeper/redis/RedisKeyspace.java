package dev.watchkeeper.redis;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's keys on the shared test server ({@link TestRedis#shared()}): every {@link #open()}
 * is a new connection on the same fresh prefix, so a reopened store sees what the last one wrote;
 * all are closed after the test. For {@code @RegisterExtension} in the Redis versions of the core's
 * contract tests.
 */
public final class RedisKeyspace implements AfterEachCallback {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();

    /** A new connection on this test's keys. */
    public RedisStores open() {
        return connections.open(prefix);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        connections.close();
    }
}
