package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Identifies one message on a platform, so that a decision can reply to it, delete it or quote it.
 *
 * @param chat the chat the message was posted in
 * @param id the platform's message id, as text
 */
public record MessageRef(ChatRef chat, String id) {
    public MessageRef {
        requireNonNull(chat, "chat");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("message id must not be blank");
        }
    }
}
