package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a one-time sign-in link grants: the member's platform identity, the platform roles they
 * held when they asked for it (the core's role checks read them, as they read a button press's),
 * and the console roles the bot knew them by.
 *
 * @param user the member on their platform
 * @param platformRoles their roles in the community, as the platform told (Discord role ids,
 *     {@code administrator} for Telegram chat admins)
 * @param roles the console roles; never empty
 * @param expiresAt when the link stops working
 */
public record ConsoleGrant(UserRef user, Set<String> platformRoles, Set<ConsoleRole> roles, Instant expiresAt) {
    public ConsoleGrant {
        requireNonNull(user, "user");
        requireNonNull(expiresAt, "expiresAt");
        platformRoles = Set.copyOf(platformRoles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a console grant needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** True when the grant holds this role. */
    public boolean has(ConsoleRole role) {
        return roles.contains(role);
    }
}
