package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.UserRef;
import java.util.Set;

/**
 * Who may act on moderation cases: listed accounts ({@code platform:id}, e.g. {@code
 * telegram:42}) and holders of listed roles (Discord role ids, or {@code administrator} for the
 * Telegram chat admins the adapter reports). The core checks this, not only the UI.
 *
 * @param accounts moderator accounts as {@code platform:id}, lower-case platform
 * @param roles moderator role ids or names
 */
public record ModeratorRoster(Set<String> accounts, Set<String> roles) {
    public ModeratorRoster {
        accounts = Set.copyOf(accounts);
        roles = Set.copyOf(roles);
    }

    /** True when this account, with these roles, is a moderator. Bots never are. */
    public boolean isModerator(UserRef user, Set<String> userRoles) {
        if (user.bot()) {
            return false;
        }
        return accounts.contains(key(user)) || userRoles.stream().anyMatch(roles::contains);
    }

    /** The {@code platform:id} key of an account. */
    public static String key(UserRef user) {
        return user.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + user.id();
    }
}
