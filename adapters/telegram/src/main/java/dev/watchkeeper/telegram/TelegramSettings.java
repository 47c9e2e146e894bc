package dev.watchkeeper.telegram;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the adapter talks to the Bot API.
 *
 * @param token the bot token from BotFather; a secret, never logged and hidden by {@link #toString()}
 * @param apiUrl the Bot API server, {@code https://api.telegram.org} or a self-hosted one
 * @param mode long polling, or a webhook the app's web server receives
 * @param webhookUrl the public HTTPS URL Telegram posts updates to, in webhook mode
 * @param webhookSecret the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}, in
 *     webhook mode; a secret
 * @param adminCacheTtl how long a chat's administrator list is trusted before it is asked again
 * @param sendThreads threads that run Bot API calls
 * @param adminRoleChats the chats whose administrators hold the administrator role (community,
 *     staff and moderators' chats); admins of any other chat hold no role
 * @param staffChats the staff and moderators' chats, whose command menu lists staff's {@code
 *     /console} besides the members' commands
 */
public record TelegramSettings(
        String token,
        URI apiUrl,
        Mode mode,
        @Nullable URI webhookUrl,
        @Nullable String webhookSecret,
        Duration adminCacheTtl,
        int sendThreads,
        Set<Long> adminRoleChats,
        Set<Long> staffChats) {

    /** How updates arrive. */
    public enum Mode {
        POLLING,
        WEBHOOK
    }

    public TelegramSettings {
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(mode, "mode");
        requireNonNull(adminCacheTtl, "adminCacheTtl");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Telegram bot token must be set");
        }
        if (mode == Mode.WEBHOOK && (webhookUrl == null || webhookSecret == null || webhookSecret.isBlank())) {
            throw new IllegalArgumentException("webhook mode needs the webhook URL and secret");
        }
        adminRoleChats = Set.copyOf(adminRoleChats);
        staffChats = Set.copyOf(staffChats);
        if (sendThreads < 1) {
            throw new IllegalArgumentException("sendThreads must be positive");
        }
    }

    /** Long polling against the given server, with the usual cache and thread count; no admin roles. */
    public static TelegramSettings polling(String token, URI apiUrl) {
        return new TelegramSettings(
                token, apiUrl, Mode.POLLING, null, null, Duration.ofMinutes(5), 2, Set.of(), Set.of());
    }

    /** These settings, with the administrators of these chats holding the administrator role. */
    public TelegramSettings withAdminRoleChats(Set<Long> chats) {
        return new TelegramSettings(
                token, apiUrl, mode, webhookUrl, webhookSecret, adminCacheTtl, sendThreads, chats, staffChats);
    }

    /** These settings, with these staff and moderators' chats. */
    public TelegramSettings withStaffChats(Set<Long> chats) {
        return new TelegramSettings(
                token, apiUrl, mode, webhookUrl, webhookSecret, adminCacheTtl, sendThreads, adminRoleChats, chats);
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=***, apiUrl=" + apiUrl + ", mode=" + mode + ", webhookUrl=" + webhookUrl
                + ", webhookSecret=" + (webhookSecret == null ? "null" : "***") + ", adminCacheTtl=" + adminCacheTtl
                + ", sendThreads=" + sendThreads + ", adminRoleChats=" + adminRoleChats + ", staffChats=" + staffChats
                + "]";
    }
}
