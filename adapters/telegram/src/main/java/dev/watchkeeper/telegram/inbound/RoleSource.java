package dev.watchkeeper.telegram.inbound;

import java.util.Set;

/** The roles a Telegram user holds in a chat, as the core's role names. May block on the network. */
@FunctionalInterface
public interface RoleSource {
    /** The role of a chat's administrators (and its owner), as the moderation roster knows it. */
    String ADMINISTRATOR = "administrator";

    /** The user's roles in the chat; empty for private chats and plain members. */
    Set<String> rolesOf(long chatId, long userId);
}
