package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import org.jspecify.annotations.Nullable;

/**
 * Where a reply goes: a chat, optionally a thread inside it, optionally quoting a message.
 *
 * @param chat the chat to post in
 * @param threadId the thread or forum topic, if any
 * @param replyTo the message to reply to, if any
 */
public record ReplyTarget(ChatRef chat, @Nullable String threadId, @Nullable MessageRef replyTo) {
    public ReplyTarget {
        requireNonNull(chat, "chat");
    }

    /** Reply in the same chat and thread as the message, quoting it in group chats. */
    public static ReplyTarget replyTo(InboundMessage message) {
        return new ReplyTarget(
                message.chat(), message.threadId(), message.chat().isPrivate() ? null : message.id());
    }

    /** Post in the chat with no thread and no quote. */
    public static ReplyTarget chat(ChatRef chat) {
        return new ReplyTarget(chat, null, null);
    }
}
