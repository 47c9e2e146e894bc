package dev.watchkeeper.config.bot;

import java.util.Set;

/**
 * Moderators one enabled platform adds to the moderation roster: accounts as {@code platform:id}
 * and role names its adapter reports (Telegram reports {@code administrator} for chat admins).
 *
 * @param accounts moderator accounts, {@code telegram:42}
 * @param roles role names whose holders moderate
 */
public record PlatformModerators(Set<String> accounts, Set<String> roles) {
    public PlatformModerators {
        accounts = Set.copyOf(accounts);
        roles = Set.copyOf(roles);
    }
}
