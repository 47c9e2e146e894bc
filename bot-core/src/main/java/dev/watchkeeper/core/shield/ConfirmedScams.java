package dev.watchkeeper.core.shield;

/**
 * Port: the scams moderators have confirmed, for recognising near-duplicates (spam is reposted
 * with small changes). Implementations must be thread-safe and must not block.
 */
public interface ConfirmedScams {
    /** Remembers a confirmed scam (its normalised, folded text). */
    void add(String normalizedText);

    /** The highest estimated similarity (0 to 1) between the text and any confirmed scam. */
    double similarity(String normalizedText);

    /** Nothing confirmed, ever. */
    static ConfirmedScams none() {
        return new ConfirmedScams() {
            @Override
            public void add(String normalizedText) {}

            @Override
            public double similarity(String normalizedText) {
                return 0.0;
            }
        };
    }
}
