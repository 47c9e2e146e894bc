package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A member (or bot) on one platform.
 *
 * @param platform the platform the account belongs to
 * @param id the platform's stable account id, as text
 * @param username the handle (Telegram {@code @name}, Discord user name), if any
 * @param displayName the name shown in chats, if any
 * @param bot true when the account is a bot (including Watchkeeper itself)
 */
public record UserRef(
        Platform platform, String id, @Nullable String username, @Nullable String displayName, boolean bot) {
    public UserRef {
        requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }

    /** A human member with no known names. */
    public static UserRef member(Platform platform, String id) {
        return new UserRef(platform, id, null, null, false);
    }

    /** The best name to show for this account: display name, then username, then id. */
    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        if (username != null && !username.isBlank()) {
            return username;
        }
        return id;
    }
}
