package dev.watchkeeper.core.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Send limits kept in this process's memory: right for one instance, and what a shared limiter
 * falls back on while its store is away. Thread-safe under one lock; never blocks beyond it.
 */
public final class InMemorySendRateLimiter implements SendRateLimiter {
    private final SendLimits limits;
    private final Map<String, SendWindows> scopes = new HashMap<>();

    public InMemorySendRateLimiter(SendLimits limits) {
        this.limits = limits;
    }

    @Override
    public Duration tryAcquire(String scope, String chat, boolean group, Instant now) {
        return tryAcquireWithReason(scope, chat, group, now).delay();
    }

    @Override
    public synchronized SendWait tryAcquireWithReason(String scope, String chat, boolean group, Instant now) {
        return scopes.computeIfAbsent(scope, s -> new SendWindows(limits)).tryAcquire(chat, group, now);
    }
}
