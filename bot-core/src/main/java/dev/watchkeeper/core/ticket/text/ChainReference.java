package dev.watchkeeper.core.ticket.text;

import static java.util.Objects.requireNonNull;

/**
 * An address or transaction id found in a member's text.
 *
 * @param kind address or transaction
 * @param value the text as written
 * @param chain the likely chain
 */
public record ChainReference(Kind kind, String value, Chain chain) {
    public ChainReference {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        requireNonNull(chain, "chain");
    }

    /** What the value identifies. */
    public enum Kind {
        ADDRESS,
        TRANSACTION
    }
}
