package dev.watchkeeper.telegram.inbound;

import java.util.Set;

/**
 * The roles a Telegram user holds in a chat, as the core's role names. Only chats the bot serves
 * grant roles: an administrator of some other group the bot was added to holds none. May block on
 * the network.
 */
@FunctionalInterface
public interface RoleSource {
    /** The role of a chat's administrators (and its owner), as the moderation roster knows it. */
    String ADMINISTRATOR = "administrator";

    /** The user's roles in the chat; empty for private chats, plain members and chats not served. */
    Set<String> rolesOf(long chatId, long userId);

    /**
     * The roles of the chat's anonymous administrators, who post as the chat itself ({@code
     * sender_chat} is the chat). None unless the implementation knows the chat is served.
     */
    default Set<String> anonymousAdminRoles(long chatId) {
        return Set.of();
    }
}
