package dev.watchkeeper.redis.incident;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.IncidentStoreContract;
import dev.watchkeeper.core.incident.signal.SignalSample;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.redis.RedisStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While Redis cannot be reached, every call of both stores says the store is away, at once. */
class IncidentStoresWithoutRedisIT {
    private static final IncidentId ID = new IncidentId("INC-1");

    private final RedisStores redis =
            RedisStores.connect("redis://127.0.0.1:" + freePort(), "wk-away:", Duration.ofSeconds(1), 10);

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void incidentCallsSayTheStoreIsAway() {
        IncidentStore store = new RedisIncidentStore(redis);

        assertAway(store::nextNumber);
        assertAway(() -> store.create(IncidentStoreContract.incident(1, "Withdrawals stuck", 0)));
        assertAway(() -> store.find(ID));
        assertAway(store::open);
        assertAway(() -> store.recent(5));
        assertAway(() -> store.timeline(ID));
        assertAway(() -> store.linked(ID));
        assertAway(() -> store.incidentOfTicket(new TicketId("WK-1")));
        assertAway(() -> store.claimResolutionNotice(ID, "telegram:42"));
        assertAway(() -> store.countStatusAnswer(ID));
        assertAway(() -> store.findAlert("a-1"));
    }

    @Test
    void signalCallsSayTheStoreIsAway() {
        SignalStore store = new RedisSignalStore(redis, Duration.ofHours(1));
        Instant now = Instant.now();

        assertAway(() -> store.record("topic", 1, "telegram:42", new SignalSample(Platform.TELEGRAM, "en", "x")));
        assertAway(() -> store.distinctMembers("topic", 0, 10));
        assertAway(() -> store.memberMinutes("topic", 0, 10));
        assertAway(() -> store.window("topic", 0, 10, 3));
        assertAway(() -> store.claimAlert("topic", now, now.plusSeconds(60)));
    }

    private static void assertAway(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(StoreUnavailableException.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
