package dev.watchkeeper.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs staff in with a one-time link's token, at most {@code perMinute} attempts per client
 * address and minute, so that tokens cannot be guessed by trying: a token has 256 random bits,
 * and an address that tries more than a few is told to wait. Failed and throttled attempts look
 * alike to the token's owner only in that neither signs in; the page says which it was.
 * Thread-safe; blocks while the redeemer does.
 */
public final class SignInGate {
    /** Takes a link's token once and gives the grant it carries, if it is valid now. */
    @FunctionalInterface
    public interface Redeemer {
        Optional<ConsoleGrant> redeem(String token, Instant now);
    }

    /** What an attempt came to. */
    public sealed interface Attempt {
        /** The link was good: sign the member in with this grant. */
        record Granted(ConsoleGrant grant) implements Attempt {}

        /** The link is unknown, used or expired. */
        record Refused() implements Attempt {}

        /** Too many attempts from this address this minute. */
        record Throttled() implements Attempt {}
    }

    /** Addresses tracked at most; beyond it, the counts of past minutes are dropped first. */
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long minute, AtomicInteger attempts) {}

    private final Redeemer redeemer;
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public SignInGate(Redeemer redeemer, int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one sign-in a minute must be allowed");
        }
        this.redeemer = redeemer;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** One attempt from {@code clientAddress} with {@code token}. */
    public Attempt signIn(String clientAddress, String token) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        Window window = windows.compute(
                clientAddress,
                (address, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        if (window.attempts().incrementAndGet() > perMinute) {
            return new Attempt.Throttled();
        }
        return redeemer.redeem(token, now).<Attempt>map(Attempt.Granted::new).orElseGet(Attempt.Refused::new);
    }
}
