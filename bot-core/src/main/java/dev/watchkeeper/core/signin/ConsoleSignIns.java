package dev.watchkeeper.core.signin;

import java.util.Optional;

/**
 * Port: the one-time sign-in links waiting to be used, keyed by a hash of the link's token (the
 * token itself is never stored, so a copy of the store signs no one in). Shared by every instance,
 * so that a link sent by one is redeemed on another. Implementations are thread-safe and may block
 * on their store; they throw {@link dev.watchkeeper.core.store.StoreUnavailableException} when it
 * is away.
 */
public interface ConsoleSignIns {
    /** Keeps the grant under this token hash until {@link ConsoleGrant#expiresAt()} at the latest. */
    void put(String tokenHash, ConsoleGrant grant);

    /**
     * Takes the grant under this token hash and forgets it, atomically: of two instances taking the
     * same hash, one gets it. Empty when there is none (never issued, taken before, or expired).
     */
    Optional<ConsoleGrant> take(String tokenHash);
}
