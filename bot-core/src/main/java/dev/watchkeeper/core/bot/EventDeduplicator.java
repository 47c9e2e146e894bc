package dev.watchkeeper.core.bot;

import java.time.Duration;

/**
 * Port: remembers which platform events were already taken, so that an event a platform delivers
 * twice (a webhook retry, two instances polling one bot) is processed once. Adapters ask before
 * handing an event to the {@link Bot}. Thread-safe; a shared implementation may block for one
 * round trip and answers across processes.
 */
public interface EventDeduplicator {
    /**
     * Claims the event: true the first time this id is seen (within the implementation's memory
     * window), false for every later call with the same id, from this or another instance.
     *
     * @param platformEventId the platform's event id, prefixed with the platform ({@code
     *     telegram:update:123})
     */
    boolean firstTime(String platformEventId);

    /**
     * Claims the event for a handler that says when it is {@linkplain #handled handled}, so that a
     * handler killed between the claim and recording what the event led to does not lose the event
     * when the platform delivers it again: its claim lapses after {@code lease}.
     *
     * @return {@link Claim#TAKEN} when the caller is to handle it; {@link Claim#HANDLED} when a
     *     handler finished it (or it was taken with {@link #firstTime}); {@link Claim#HELD} while
     *     another handler's claim, taken less than {@code lease} ago, is open: it is at work, or
     *     died, and then the event can be taken once the lease lapses
     */
    Claim claim(String platformEventId, Duration lease);

    /**
     * Marks a {@linkplain #claim claimed} event as handled: what it led to is recorded, and it is
     * remembered for the implementation's whole window.
     */
    void handled(String platformEventId);

    /** How a {@linkplain #claim claim} on an event turned out. */
    enum Claim {
        TAKEN,
        HANDLED,
        HELD
    }
}
