package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

/**
 * An option offered to a member: rendered as a button where the platform has them and as a
 * numbered line otherwise. When picked, the adapter hands {@link #action()} back to the engine in
 * a {@link dev.watchkeeper.core.model.ChoiceSelected}.
 *
 * @param label what the member sees
 * @param action an opaque token the engine understands; at most 64 bytes so it fits Telegram's
 *     callback data
 */
public record Choice(String label, String action) {
    /** Telegram's limit on callback data, the tightest of the platforms. */
    public static final int MAX_ACTION_BYTES = 64;

    public Choice {
        requireNonNull(label, "label");
        requireNonNull(action, "action");
        if (action.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("choice action longer than " + MAX_ACTION_BYTES + " bytes: " + action);
        }
    }
}
