package dev.watchkeeper.core.bot;

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
}
