package dev.watchkeeper.config.store;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The values of {@code watchkeeper.store}: where tickets, cases and conversations are kept. A value
 * that names no store is a bind error naming the setting and its choices.
 */
public enum StoreChoice {
    /** Kept in the process, lost when it stops: the embedded demo's. */
    MEMORY,
    /** Kept in Redis. */
    REDIS;

    /** The store the settings choose; {@link #MEMORY} when none is set. */
    public static StoreChoice of(Binder settings) {
        return settings.bind("watchkeeper.store", StoreChoice.class).orElse(MEMORY);
    }
}
