package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's staff-side address: the staff chat and, once the adapter has opened one, the thread
 * or forum topic of this ticket. Its platform may differ from the member's.
 *
 * @param chat the staff chat
 * @param threadId the ticket's own thread in it, if opened
 */
public record StaffSpace(ChatRef chat, @Nullable String threadId) {
    public StaffSpace {
        requireNonNull(chat, "chat");
    }

    /** Where posts for the ticket go. */
    public ReplyTarget target() {
        return new ReplyTarget(chat, threadId, null);
    }

    /** True once the ticket has a thread of its own. */
    public boolean hasThread() {
        return threadId != null;
    }
}
