package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Identifies one chat on one platform: a Telegram chat, a Discord channel or DM, the console.
 *
 * @param platform the platform the chat lives on
 * @param id the platform's own identifier of the chat, as text
 * @param type private or group
 */
public record ChatRef(Platform platform, String id, ChatType type) {
    public ChatRef {
        requireNonNull(platform, "platform");
        requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("chat id must not be blank");
        }
    }

    /** True when this is a one-to-one chat with the bot. */
    public boolean isPrivate() {
        return type == ChatType.PRIVATE;
    }
}
