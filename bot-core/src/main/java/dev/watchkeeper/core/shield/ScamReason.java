package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

/**
 * One reason behind a verdict.
 *
 * @param signal the signal that fired
 * @param detail the evidence, for moderators; secrets never appear in it, only their kind and
 *     shape
 */
public record ScamReason(Signal signal, String detail) {
    public ScamReason {
        requireNonNull(signal, "signal");
        requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return signal + ": " + detail;
    }
}
