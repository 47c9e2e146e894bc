package dev.watchkeeper.core.model;

/** Whether a chat is a one-to-one conversation with the bot or a shared group or channel. */
public enum ChatType {
    /** A direct message / private chat between one member and the bot. */
    PRIVATE,
    /** A group, supergroup, server channel or thread seen by many members. */
    GROUP
}
