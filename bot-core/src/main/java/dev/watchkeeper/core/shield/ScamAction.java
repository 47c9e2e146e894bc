package dev.watchkeeper.core.shield;

/** What the moderation flow should do with a message, derived from its verdict and reasons. */
public enum ScamAction {
    /** Leave it. */
    NONE,
    /** Flag it for a moderator. */
    REVIEW,
    /** Delete it and apply the community's spam policy to the author. */
    DELETE,
    /** A member leaked a secret: delete at once and warn the author privately; never quote it. */
    DELETE_AND_WARN_AUTHOR_PRIVATELY
}
