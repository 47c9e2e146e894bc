package dev.watchkeeper.core.ticket.text;

/**
 * Removes secrets (seed phrases, private keys) from text before it is stored or shown anywhere.
 * The composition root plugs in the scam shield's secret redactor, the one that moderation uses.
 * Implementations are pure, thread-safe and never block; they return the text unchanged when
 * there is nothing to redact.
 */
@FunctionalInterface
public interface Redactor {
    /** The text with every secret replaced by a placeholder. */
    String redact(String text);

    /** This redactor followed by another. */
    default Redactor andThen(Redactor next) {
        return text -> next.redact(redact(text));
    }
}
