package dev.watchkeeper.core.moderation;

/** What a community does with a message of a given verdict, before any moderator looks at it. */
public enum PolicyAction {
    /** Record it in the audit log only. */
    LOG_ONLY,
    /** Open a case for moderators; the message stays. */
    FLAG,
    /** Delete the message and open a case for moderators. */
    HIDE_AND_FLAG,
    /** Delete the message, ban the author, and open a case, so that moderators see it and can undo a mistake. */
    DELETE_AND_BAN,
    /** Delete the message, mute the author, and open a case for moderators. */
    DELETE_AND_MUTE;

    /** True when the message is deleted at once. */
    public boolean deletes() {
        return this == HIDE_AND_FLAG || this == DELETE_AND_BAN || this == DELETE_AND_MUTE;
    }
}
