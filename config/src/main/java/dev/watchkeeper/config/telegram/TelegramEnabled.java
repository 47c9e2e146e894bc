package dev.watchkeeper.config.telegram;

import dev.watchkeeper.config.bot.ConfiguredPlatforms;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a Telegram bot token is set (a blank one, from an empty variable, does not count). */
final class TelegramEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return ConfiguredPlatforms.telegram(context.getEnvironment());
    }
}
