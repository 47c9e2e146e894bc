package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member pressed a button (or the platform's equivalent) carrying a choice the engine offered.
 *
 * @param chat where the button was pressed
 * @param author who pressed it
 * @param action the {@link dev.watchkeeper.core.decision.Choice#action() action} of the choice
 * @param message the bot message that carried the button, if known
 * @param time when it was pressed
 * @param roles the presser's roles in the chat's community, when the platform tells (staff and
 *     moderator checks use them)
 */
public record ChoiceSelected(
        ChatRef chat, UserRef author, String action, @Nullable MessageRef message, Instant time, Set<String> roles)
        implements Inbound {
    public ChoiceSelected {
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(action, "action");
        requireNonNull(time, "time");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
    }

    /** A press with no known roles. */
    public ChoiceSelected(ChatRef chat, UserRef author, String action, @Nullable MessageRef message, Instant time) {
        this(chat, author, action, message, time, Set.of());
    }
}
