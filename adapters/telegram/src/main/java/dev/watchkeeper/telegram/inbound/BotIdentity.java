package dev.watchkeeper.telegram.inbound;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;

/**
 * Who the bot is on Telegram, from {@code getMe}.
 *
 * @param id the bot's user id
 * @param username its handle without {@code @}
 */
public record BotIdentity(long id, String username) {
    public BotIdentity {
        requireNonNull(username, "username");
    }

    /** The bot's own account, as the core refers to it. */
    public UserRef account() {
        return new UserRef(Platform.TELEGRAM, Long.toString(id), username, null, true);
    }
}
