package dev.watchkeeper.telegram.inbound;

import static java.util.Objects.requireNonNull;

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
}
