package dev.watchkeeper.config.discord;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a Discord bot token is set (a blank one, from an empty variable, does not count). */
final class DiscordEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return ConfiguredPlatforms.discord(context.getEnvironment());
    }
}
