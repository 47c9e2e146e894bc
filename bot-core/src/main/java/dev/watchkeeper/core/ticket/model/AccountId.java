package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;

/**
 * A person's account on one platform, without the names that may change: the key tickets are
 * indexed by for members and agents.
 *
 * @param platform the platform
 * @param id the platform's account id
 */
public record AccountId(Platform platform, String id) {
    public AccountId {
        requireNonNull(platform, "platform");
        requireNonNull(id, "id");
    }

    /** The account of this user. */
    public static AccountId of(UserRef user) {
        return new AccountId(user.platform(), user.id());
    }

    @Override
    public String toString() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
