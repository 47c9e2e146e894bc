package dev.watchkeeper.core.model;

/** The chat platforms Watchkeeper talks on. */
public enum Platform {
    DISCORD,
    TELEGRAM,
    /** The embedded demo's stdin/stdout chat. */
    CONSOLE
}
