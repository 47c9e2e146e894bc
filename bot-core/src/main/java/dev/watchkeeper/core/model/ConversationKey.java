package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One member's conversation in one chat: the unit the engine keeps state for.
 *
 * @param chat the chat (which carries the platform)
 * @param userId the member's platform account id
 */
public record ConversationKey(ChatRef chat, String userId) {
    public ConversationKey {
        requireNonNull(chat, "chat");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }

    /** The platform of the conversation. */
    public Platform platform() {
        return chat.platform();
    }
}
