package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.ConversationKey;
import java.time.Instant;
import java.util.List;

/**
 * The port that keeps the recent turns of each conversation, so that a ticket opened later starts
 * with what was said. Bounded per conversation (oldest turns drop off). Turns arrive already
 * redacted: the desk redacts before it writes, so no implementation ever stores a secret.
 * Thread-safe; a networked implementation may block for a round trip.
 */
public interface TranscriptLog {
    /** Adds a turn at the end of the conversation's log. */
    void append(ConversationKey conversation, Turn turn);

    /** The conversation's kept turns, oldest first. */
    List<Turn> recent(ConversationKey conversation);

    /** The conversations this account has turns in. */
    List<ConversationKey> conversationsOf(AccountId member);

    /** Forgets a conversation's turns. */
    void forget(ConversationKey conversation);

    /** Deletes turns older than the cutoff; returns how many were deleted. */
    int purgeBefore(Instant cutoff);
}
