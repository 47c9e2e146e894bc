package dev.watchkeeper.config.bot;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import java.util.Set;

/**
 * Moderator roles a platform's configuration contributes to the moderation desk's roster, next to
 * {@code watchkeeper.moderation.moderator-roles} (Discord's moderator role ids, say). Declared as a
 * bean by platforms that have such settings.
 *
 * @param platform the platform
 * @param roles role ids or names whose holders moderate
 */
public record PlatformModerators(Platform platform, Set<String> roles) {
    public PlatformModerators {
        requireNonNull(platform, "platform");
        roles = Set.copyOf(roles);
    }
}
