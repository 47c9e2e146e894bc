package dev.watchkeeper.core.conversation;

import dev.watchkeeper.core.model.ConversationKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Conversation state in this process's memory, for the embedded demo and tests. Idle
 * conversations expire after a time to live; expired entries are purged as new ones are saved,
 * so memory stays bounded by the number of recently active conversations. Never blocks.
 */
public final class InMemoryConversationStore implements ConversationStore {
    private static final int PURGE_EVERY_SAVES = 1024;

    private final ConcurrentMap<ConversationKey, ConversationState> states = new ConcurrentHashMap<>();
    private final AtomicInteger savesSincePurge = new AtomicInteger();
    private final Duration timeToLive;
    private final Clock clock;

    public InMemoryConversationStore(Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        ConversationState state = states.get(key);
        if (state == null) {
            return Optional.empty();
        }
        if (expired(state, clock.instant())) {
            states.remove(key, state);
            return Optional.empty();
        }
        return Optional.of(state);
    }

    @Override
    public void save(ConversationState state) {
        states.put(state.key(), state);
        if (savesSincePurge.incrementAndGet() >= PURGE_EVERY_SAVES) {
            savesSincePurge.set(0);
            Instant now = clock.instant();
            states.values().removeIf(s -> expired(s, now));
        }
    }

    @Override
    public void delete(ConversationKey key) {
        states.remove(key);
    }

    /** How many conversations are held, expired ones not yet purged included. */
    public int size() {
        return states.size();
    }

    private boolean expired(ConversationState state, Instant now) {
        return state.updatedAt().plus(timeToLive).isBefore(now);
    }
}
