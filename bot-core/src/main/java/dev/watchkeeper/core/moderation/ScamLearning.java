package dev.watchkeeper.core.moderation;

import java.util.Set;

/**
 * Port: teaches the scam shield from moderators' verdicts. Implementations must not block the
 * caller for long (retraining happens in the background) and must be thread-safe.
 */
public interface ScamLearning {
    /**
     * A moderator confirmed a scam: learn the text as a scam sample, recognise near-duplicates,
     * and deny the domains it linked to.
     *
     * @param redactedText the message, secrets already redacted
     * @param domains the registrable domains it linked to
     */
    void learnScam(String redactedText, Set<String> domains);

    /** A moderator dismissed a flag: learn the text as a legitimate sample. */
    void learnHam(String redactedText);
}
