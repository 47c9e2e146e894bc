package dev.watchkeeper.core.shield;

/** How bad a message is. */
public enum Verdict {
    /** Nothing to do. */
    CLEAN,
    /** Worth a moderator's look; not removed automatically. */
    SUSPICIOUS,
    /** Fraud, phishing, spam or a leaked secret: remove it. */
    SCAM
}
