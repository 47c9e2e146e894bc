package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.MessageRef;

/**
 * Delete a member's message.
 *
 * @param to the chat the message is in
 * @param message the message to delete
 * @param reason why, for the platform's audit log (never the message text)
 */
public record DeleteMessage(ReplyTarget to, MessageRef message, String reason) implements Decision {
    public DeleteMessage {
        requireNonNull(to, "to");
        requireNonNull(message, "message");
        requireNonNull(reason, "reason");
    }
}
