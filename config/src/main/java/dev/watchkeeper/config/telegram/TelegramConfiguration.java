package dev.watchkeeper.config.telegram;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.OutboxSettings;
import dev.watchkeeper.config.bot.PlatformChats;
import dev.watchkeeper.config.bot.PlatformModerators;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.telegram.TelegramAdapter;
import dev.watchkeeper.telegram.TelegramSettings;
import dev.watchkeeper.telegram.inbound.BotIdentity;
import dev.watchkeeper.telegram.inbound.RoleSource;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter, on when {@code watchkeeper.telegram.token} is set, and only in the
 * long-running bot (a web application): the one-shot commands ({@code ask}, {@code eval},
 * {@code stats}) start without one and must not connect.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
@ConditionalOnWebApplication
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramSettings telegramSettings(TelegramProperties properties) {
        if (properties.communityChatIds().isEmpty()) {
            log.warn(
                    "watchkeeper.telegram.community-chat-ids is not set: only the administrators of the staff and"
                            + " moderators' chats {} hold the administrator role; the admins of the groups the bot"
                            + " serves are screened and refused moderator commands like any member",
                    properties.adminRoleChats());
        }
        return properties.toSettings();
    }

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        return TelegramAdapter.client(settings);
    }

    @Bean
    BotIdentity telegramIdentity(TelegramClient client, TelegramProperties properties) {
        try {
            return TelegramAdapter.identify(client);
        } catch (TelegramApiException e) {
            throw TelegramStartFailure.of("getMe", properties.apiUrl(), e);
        }
    }

    @Bean
    PlatformChats telegramChats(TelegramProperties properties, BotIdentity identity) {
        return new PlatformChats(
                Platform.TELEGRAM,
                group(properties.staffChatId()),
                group(properties.moderationChatId()),
                identity.username());
    }

    @Bean
    PlatformModerators telegramModerators(TelegramProperties properties) {
        Set<String> accounts = properties.moderatorUserIds().stream()
                .map(id -> ModeratorRoster.key(
                        dev.watchkeeper.core.model.UserRef.member(Platform.TELEGRAM, id.toString())))
                .collect(Collectors.toSet());
        return new PlatformModerators(accounts, Set.of(RoleSource.ADMINISTRATOR));
    }

    @Bean
    TelegramAdapter telegramAdapter(
            TelegramSettings settings,
            TelegramClient client,
            BotIdentity identity,
            Bot bot,
            OutboundRouter router,
            EventDeduplicator events,
            SendRateLimiter sendLimits,
            SendMetrics sendMetrics,
            OutboxSettings outbox,
            TelegramProperties properties,
            Clock clock,
            MessageCatalog texts) {
        TelegramAdapter adapter = new TelegramAdapter(
                settings,
                client,
                identity,
                bot,
                router,
                events,
                sendLimits,
                new TelegramAdapter.Sending(properties.maxReplyAge(), sendMetrics)
                        .withOutbox(outbox.outbox(), outbox.instance(), outbox.claimAfter()),
                clock,
                texts);
        router.register(Platform.TELEGRAM, adapter.recordedOutbound());
        return adapter;
    }

    @Bean
    TelegramRunner telegramRunner(TelegramAdapter adapter, TelegramProperties properties) {
        return new TelegramRunner(adapter, properties.apiUrl());
    }

    @Bean
    @ConditionalOnProperty(name = "watchkeeper.telegram.mode", havingValue = "webhook")
    TelegramWebhookController telegramWebhookController(TelegramAdapter adapter) {
        return new TelegramWebhookController(adapter.webhook());
    }

    private static @Nullable ChatRef group(@Nullable Long chatId) {
        return chatId == null ? null : new ChatRef(Platform.TELEGRAM, chatId.toString(), ChatType.GROUP);
    }
}
