package dev.watchkeeper.core.store;

/**
 * Thrown by a store port when its store cannot be reached now (a network store during an outage):
 * a read found out nothing; a write was not done (or, when the store stopped answering midway, may
 * not have been). Callers may degrade on it (answer from memory, tell the member or agent plainly,
 * try later); any other exception is a fault. The message names
 * what was not done, never message text, ids or secrets.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what what could not be done, a fixed text such as "ticket lookup"
     * @param cause the store client's failure
     */
    public StoreUnavailableException(String what, Throwable cause) {
        super("store unavailable: " + what, cause);
    }
}
