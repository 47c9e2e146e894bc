package dev.watchkeeper.core.signin;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import java.util.Set;

/**
 * Who sees the support dashboard as a supervisor: listed accounts ({@code platform:id}, e.g.
 * {@code telegram:42}) and holders of listed roles (Discord role ids, or {@code administrator} for
 * the Telegram chat admins the adapter reports), as {@link ModeratorRoster} lists moderators.
 * Immutable and thread-safe.
 *
 * @param accounts supervisor accounts as {@code platform:id}, lower-case platform
 * @param roles supervisor role ids or names
 */
public record SupervisorRoster(Set<String> accounts, Set<String> roles) {
    public SupervisorRoster {
        accounts = Set.copyOf(accounts);
        roles = Set.copyOf(roles);
    }

    /** A roster of no one. */
    public static SupervisorRoster none() {
        return new SupervisorRoster(Set.of(), Set.of());
    }

    /** True when this account, with these roles, is a supervisor. Bots never are. */
    public boolean isSupervisor(UserRef user, Set<String> userRoles) {
        if (user.bot()) {
            return false;
        }
        return accounts.contains(ModeratorRoster.key(user))
                || userRoles.stream().anyMatch(roles::contains);
    }
}
