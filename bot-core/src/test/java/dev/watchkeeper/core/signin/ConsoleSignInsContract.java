package dev.watchkeeper.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ConsoleSignIns} must have. Extended by the in-memory test here and by
 * the Redis integration test; {@link #otherInstance} lets a shared store prove that a link kept by
 * one instance is taken on another, once.
 */
public abstract class ConsoleSignInsContract {
    /** The time the stores' clocks show: grants expire relative to it. */
    protected static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private static final UserRef MIA = new UserRef(Platform.DISCORD, "1234", "mia", "Moderator Mia", false);
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    protected ConsoleSignIns store;

    /** A new, empty store whose clock shows {@link #NOW}. */
    protected abstract ConsoleSignIns newStore();

    /** Another instance of the bot on the same data; the same instance for a store of one process. */
    protected ConsoleSignIns otherInstance(ConsoleSignIns current) {
        return current;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** A grant to Mia of every role, expiring this long after {@link #NOW}. */
    public static ConsoleGrant grant(Duration expiresIn) {
        return new ConsoleGrant(
                MIA, Set.of("777", "administrator"), EnumSet.allOf(ConsoleRole.class), NOW.plus(expiresIn));
    }

    @Test
    void aGrantIsTakenWithEverythingItCarries() {
        ConsoleGrant grant = grant(Duration.ofMinutes(10));
        store.put(HASH, grant);

        assertThat(store.take(HASH)).contains(grant);
    }

    @Test
    void aGrantIsTakenOnlyOnce() {
        store.put(HASH, grant(Duration.ofMinutes(10)));

        assertThat(store.take(HASH)).isPresent();
        assertThat(store.take(HASH)).isEmpty();
    }

    @Test
    void anotherInstanceTakesAGrantThisOneKeptAndThenNeitherFindsIt() {
        store.put(HASH, grant(Duration.ofMinutes(10)));
        ConsoleSignIns other = otherInstance(store);

        assertThat(other.take(HASH)).isPresent();
        assertThat(store.take(HASH)).isEmpty();
        assertThat(other.take(HASH)).isEmpty();
    }

    @Test
    void anUnknownHashFindsNothing() {
        store.put(HASH, grant(Duration.ofMinutes(10)));

        assertThat(store.take(OTHER_HASH)).isEmpty();
        assertThat(store.take(HASH)).isPresent();
    }

    @Test
    void anExpiredGrantIsNotTaken() {
        store.put(HASH, grant(Duration.ofSeconds(-1)));

        assertThat(store.take(HASH)).isEmpty();
    }

    @Test
    void grantsUnderDifferentHashesAreKeptApart() {
        ConsoleGrant first = grant(Duration.ofMinutes(10));
        ConsoleGrant second = grant(Duration.ofMinutes(5));
        store.put(HASH, first);
        store.put(OTHER_HASH, second);

        assertThat(store.take(OTHER_HASH)).contains(second);
        assertThat(store.take(HASH)).contains(first);
    }
}
