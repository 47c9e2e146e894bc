package dev.watchkeeper.core.moderation.wave;

/** What made a wave. */
public enum WaveKind {
    /** A burst of near-duplicate flagged messages from several authors or chats. */
    NEAR_DUPLICATES,
    /** A flagged link domain, new within the window, posted in several chats. */
    NEW_DOMAIN
}
