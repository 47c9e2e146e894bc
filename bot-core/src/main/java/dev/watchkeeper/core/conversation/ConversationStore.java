package dev.watchkeeper.core.conversation;

import dev.watchkeeper.core.model.ConversationKey;
import java.util.Optional;

/**
 * The port where conversation state lives between messages. Implementations are thread-safe and
 * may expire idle conversations. A networked implementation may block for a store round trip;
 * callers must not hold locks across calls.
 */
public interface ConversationStore {
    /** The stored state of this conversation, if any and not expired. */
    Optional<ConversationState> find(ConversationKey key);

    /** Stores the state, replacing any earlier value for its key. */
    void save(ConversationState state);

    /** Forgets the conversation. Does nothing if there is none. */
    void delete(ConversationKey key);
}
