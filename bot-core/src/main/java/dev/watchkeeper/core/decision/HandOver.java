package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ConversationKey;

/**
 * The member should be handed to a human. The ticket flow hooks in here: whoever carries this
 * decision out opens (or adds to) the member's ticket; {@link #text()} is the acknowledgement the
 * member sees.
 *
 * @param to where to post the acknowledgement
 * @param conversation the conversation being handed over
 * @param reason why
 * @param text what the member is told
 */
public record HandOver(ReplyTarget to, ConversationKey conversation, Reason reason, String text) implements Decision {
    public HandOver {
        requireNonNull(to, "to");
        requireNonNull(conversation, "conversation");
        requireNonNull(reason, "reason");
        requireNonNull(text, "text");
    }

    /** Why a conversation is handed to a human. */
    public enum Reason {
        /** The member asked for a person. */
        REQUESTED,
        /** The bot failed to answer several times in a row. */
        REPEATED_MISSES,
        /** The member said an answer did not help. */
        UNHELPFUL_ANSWER,
        /** The member described a security incident: hacked, scammed, drained, frozen, unauthorised withdrawal. */
        SECURITY_INCIDENT,
        /** A member reported a scam that needs a person to follow up. */
        SCAM_REPORT
    }
}
