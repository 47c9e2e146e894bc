package dev.watchkeeper.config.telegram;

import dev.watchkeeper.telegram.TelegramSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.telegram}: the Telegram bot. Setting the token enables it.
 *
 * @param token the bot token from BotFather ({@code WATCHKEEPER_TELEGRAM_TOKEN}); a secret
 * @param apiUrl the Bot API server; a self-hosted one, or a fake in tests
 * @param mode {@code polling} (default) or {@code webhook}
 * @param staffChatId the forum supergroup where each ticket gets a topic
 * @param moderationChatId where moderation cases go, with their buttons
 * @param communityChatIds the community's groups: their administrators (with those of the staff
 *     and moderators' chats) hold the {@code administrator} role; admins of any other group the bot
 *     is added to hold none
 * @param moderatorUserIds user ids that moderate besides the chats' administrators
 * @param webhook the webhook, in webhook mode
 * @param adminCacheTtl how long a chat's administrator list is trusted
 * @param sendThreads threads that run Bot API calls
 * @param maxReplyAge a reply that has waited this long in the send queue (a flood, a long 429) is
 *     dropped; moderation and ticket messages never are
 */
@Validated
@ConfigurationProperties("watchkeeper.telegram")
public record TelegramProperties(
        @Nullable String token,
        @DefaultValue("https://api.telegram.org") @NotNull URI apiUrl,
        @DefaultValue("polling") @NotNull TelegramSettings.Mode mode,
        @Nullable Long staffChatId,
        @Nullable Long moderationChatId,
        @DefaultValue Set<Long> communityChatIds,
        @DefaultValue Set<Long> moderatorUserIds,
        @DefaultValue @Valid Webhook webhook,
        @DefaultValue("5m") Duration adminCacheTtl,
        @DefaultValue("2") @Min(1) int sendThreads,
        @DefaultValue("30s") Duration maxReplyAge) {

    /**
     * The webhook Telegram posts updates to.
     *
     * @param url the public HTTPS URL (it must reach {@code path} on this app's web server)
     * @param secret the value Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}; a secret
     * @param path the path the app serves the webhook on
     */
    public record Webhook(@Nullable URI url, @Nullable String secret, @DefaultValue("/telegram/webhook") String path) {
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null ? "null" : "***") + ", path=" + path + "]";
        }
    }

    TelegramSettings toSettings() {
        return new TelegramSettings(
                token == null ? "" : token,
                apiUrl,
                mode,
                webhook.url(),
                webhook.secret(),
                adminCacheTtl,
                sendThreads,
                adminRoleChats(),
                staffChats());
    }

    /** The staff and moderators' chats, whose command menu lists staff's {@code /console}. */
    Set<Long> staffChats() {
        Set<Long> chats = new HashSet<>();
        if (staffChatId != null) {
            chats.add(staffChatId);
        }
        if (moderationChatId != null) {
            chats.add(moderationChatId);
        }
        return Set.copyOf(chats);
    }

    /** The chats whose administrators hold the administrator role: community, staff and moderators' chats. */
    Set<Long> adminRoleChats() {
        Set<Long> chats = new HashSet<>(communityChatIds);
        chats.addAll(staffChats());
        return Set.copyOf(chats);
    }

    @Override
    public String toString() {
        return "TelegramProperties[token=***, apiUrl=" + apiUrl + ", mode=" + mode + ", staffChatId=" + staffChatId
                + ", moderationChatId=" + moderationChatId + ", communityChatIds=" + communityChatIds
                + ", moderatorUserIds=" + moderatorUserIds + ", webhook="
                + webhook + ", adminCacheTtl=" + adminCacheTtl + ", sendThreads=" + sendThreads + "]";
    }
}
