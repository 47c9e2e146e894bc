package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

/**
 * What one detector found: a signal, how much it weighs, and the redacted evidence. Weights
 * combine as independent probabilities: {@code score = 1 - prod(1 - weight)}.
 *
 * @param signal the signal
 * @param weight from 0 to 1; 1 means certain on its own
 * @param detail evidence for moderators, never a secret
 */
public record Evidence(Signal signal, double weight, String detail) {
    public Evidence {
        requireNonNull(signal, "signal");
        requireNonNull(detail, "detail");
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be in [0, 1]: " + weight);
        }
    }
}
