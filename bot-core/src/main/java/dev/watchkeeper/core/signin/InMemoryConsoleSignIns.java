package dev.watchkeeper.core.signin;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The sign-in links of a single instance, in memory. Expired grants are dropped when taken and
 * whenever a new one is put, so the map never holds more than the links of the last few minutes.
 * Thread-safe; never blocks.
 */
public final class InMemoryConsoleSignIns implements ConsoleSignIns {
    private final ConcurrentMap<String, ConsoleGrant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryConsoleSignIns(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String tokenHash, ConsoleGrant grant) {
        grants.values().removeIf(g -> !g.expiresAt().isAfter(clock.instant()));
        grants.put(tokenHash, grant);
    }

    @Override
    public Optional<ConsoleGrant> take(String tokenHash) {
        return Optional.ofNullable(grants.remove(tokenHash))
                .filter(g -> g.expiresAt().isAfter(clock.instant()));
    }
}
