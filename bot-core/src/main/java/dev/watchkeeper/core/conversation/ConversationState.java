package dev.watchkeeper.core.conversation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ConversationKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the engine remembers about one conversation between messages. Immutable; the engine saves
 * a new value after each message.
 *
 * @param key whose conversation
 * @param offeredActions the choice actions last offered, in the order shown, so that a member can
 *     pick one by typing its number
 * @param consecutiveMisses how many questions in a row found nothing close
 * @param lastAnswerId the entry last answered with, if any
 * @param language the member's language as last seen (IETF tag), if known
 * @param messages how many messages the member has sent in this conversation
 * @param updatedAt when the state last changed
 */
public record ConversationState(
        ConversationKey key,
        List<String> offeredActions,
        int consecutiveMisses,
        @Nullable String lastAnswerId,
        @Nullable String language,
        int messages,
        Instant updatedAt) {
    public ConversationState {
        requireNonNull(key, "key");
        requireNonNull(updatedAt, "updatedAt");
        offeredActions = List.copyOf(offeredActions);
    }

    /** The state of a conversation that has not started yet. */
    public static ConversationState fresh(ConversationKey key, Instant now) {
        return new ConversationState(key, List.of(), 0, null, null, 0, now);
    }

    /** A copy that counts one more message, seen at {@code now}, in {@code language} if known. */
    public ConversationState seen(Instant now, @Nullable String language) {
        return new ConversationState(
                key,
                offeredActions,
                consecutiveMisses,
                lastAnswerId,
                language != null ? language : this.language,
                messages + 1,
                now);
    }

    /** A copy after an answer: misses reset, these actions offered. */
    public ConversationState answered(String entryId, List<String> offered) {
        return new ConversationState(key, offered, 0, entryId, language, messages, updatedAt);
    }

    /** A copy after suggestions were offered. */
    public ConversationState offered(List<String> offered) {
        return new ConversationState(key, offered, consecutiveMisses, lastAnswerId, language, messages, updatedAt);
    }

    /** A copy after a question found nothing close. */
    public ConversationState missed(List<String> offered) {
        return new ConversationState(key, offered, consecutiveMisses + 1, lastAnswerId, language, messages, updatedAt);
    }
}
