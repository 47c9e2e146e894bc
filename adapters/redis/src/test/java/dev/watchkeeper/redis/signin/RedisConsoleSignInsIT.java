package dev.watchkeeper.redis.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleSignIns;
import dev.watchkeeper.core.signin.ConsoleSignInsContract;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisConsoleSignInsIT extends ConsoleSignInsContract {
    private static final String HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    private RedisStores connection;

    @Override
    protected ConsoleSignIns newStore() {
        connection = redis.open();
        return new RedisConsoleSignIns(connection, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    protected ConsoleSignIns otherInstance(ConsoleSignIns current) {
        return new RedisConsoleSignIns(redis.open(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theLinkIsKeptUnderItsHashAsVersionedJsonThatRedisExpiresWithTheGrant() {
        ConsoleGrant grant = grant(Duration.ofMinutes(10));

        store.put(HASH, grant);

        String key = connection.key("signin", HASH);
        assertThat(connection.commands().get(key)).startsWith("{\"v\":1,").contains("\"user\"", "MODERATOR");
        assertThat(connection.commands().pttl(key)).isBetween(599_000L, 600_000L);
    }

    @Test
    void anAlreadyExpiredGrantIsNotWritten() {
        store.put(HASH, grant(Duration.ofSeconds(-5)));

        assertThat(connection.commands().exists(connection.key("signin", HASH))).isZero();
    }

    @Test
    void aTakenLinkLeavesNoKeyBehind() {
        store.put(HASH, grant(Duration.ofMinutes(10)));

        store.take(HASH);

        assertThat(connection.commands().exists(connection.key("signin", HASH))).isZero();
    }
}
