package dev.watchkeeper.config.discord;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.OutboxSettings;
import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.bot.PlatformModerators;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.discord.DiscordAdapter;
import dev.watchkeeper.discord.DiscordSettings;
import dev.watchkeeper.discord.inbound.EventMapper;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Discord adapter, on when {@code watchkeeper.discord.token} is set: its staff and mod-log
 * channels, its moderator roles (the configured role ids, and holders of Manage Messages in the
 * configured server only), and the adapter itself, registered with the outbound router and
 * connected while the application runs; its decisions go through the store's outbox (platform
 * {@code discord}), as Telegram's do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiscordProperties.class)
@Conditional(DiscordEnabled.class)
// Only the long-running bot connects: one-shot commands (ask, eval, stats) never log in to Discord.
@ConditionalOnWebApplication
public class DiscordConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DiscordConfiguration.class);

    @Bean
    DiscordSettings discordSettings(DiscordProperties properties) {
        DiscordSettings settings = properties.toSettings();
        if (settings.guildId() == null) {
            log.warn("watchkeeper.discord.guild-id is not set: the Manage Messages permission makes nobody a"
                    + " moderator; only holders of watchkeeper.discord.moderator-role-ids moderate");
            if (settings.checkJoins()) {
                log.warn("watchkeeper.discord.check-joins needs watchkeeper.discord.guild-id: no joins are checked");
            }
        }
        return settings;
    }

    @Bean
    PlatformChats discordChats(DiscordSettings settings) {
        return new PlatformChats(
                Platform.DISCORD,
                channel(settings.staffChannelId()),
                channel(settings.modLogChannelId()),
                settings.botName());
    }

    @Bean
    PlatformModerators discordModerators(DiscordSettings settings) {
        Set<String> roles = new HashSet<>(settings.moderatorRoleIds());
        roles.add(EventMapper.MANAGE_MESSAGES_ROLE);
        return new PlatformModerators(Set.of(), roles);
    }

    @Bean(destroyMethod = "close")
    DiscordAdapter discordAdapter(
            DiscordSettings settings,
            Bot bot,
            OutboundRouter router,
            EventDeduplicator events,
            MessageCatalog texts,
            SendMetrics sendMetrics,
            OutboxSettings outbox) {
        DiscordAdapter adapter = new DiscordAdapter(
                settings,
                bot,
                router,
                events,
                texts,
                sendMetrics,
                new DiscordAdapter.Recording(outbox.outbox(), outbox.instance(), outbox.claimAfter()));
        router.register(Platform.DISCORD, adapter.recordedOutbound());
        return adapter;
    }

    @Bean(destroyMethod = "close")
    DiscordRunner discordRunner(DiscordAdapter adapter) {
        return new DiscordRunner(adapter);
    }

    private static @Nullable ChatRef channel(@Nullable String id) {
        return id == null ? null : new ChatRef(Platform.DISCORD, id, ChatType.GROUP);
    }
}
