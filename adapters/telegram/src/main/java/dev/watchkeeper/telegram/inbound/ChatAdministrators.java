package dev.watchkeeper.telegram.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Reports {@link RoleSource#ADMINISTRATOR} for the administrators and owner of the chats the bot
 * serves (community, staff and moderators' chats), from {@code getChatAdministrators}, cached per
 * chat for a while. Admins of any other chat hold no role there: anyone can add the bot to a group
 * of their own, and must not become a moderator of the community by it. When Telegram cannot be
 * asked, the last known list is used (or no admins). Thread-safe; blocks for one API call when a
 * served chat's list is missing or stale.
 */
public final class ChatAdministrators implements RoleSource {
    private static final Logger log = LoggerFactory.getLogger(ChatAdministrators.class);

    private record Cached(Set<Long> admins, Instant fetched) {}

    private final TelegramClient client;
    private final Clock clock;
    private final Duration ttl;
    private final Set<Long> served;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param served the chats whose administrators hold {@link RoleSource#ADMINISTRATOR}
     */
    public ChatAdministrators(TelegramClient client, Clock clock, Duration ttl, Set<Long> served) {
        this.client = client;
        this.clock = clock;
        this.ttl = ttl;
        this.served = Set.copyOf(served);
    }

    @Override
    public Set<String> rolesOf(long chatId, long userId) {
        return served.contains(chatId) && admins(chatId).contains(userId) ? Set.of(ADMINISTRATOR) : Set.of();
    }

    @Override
    public Set<String> anonymousAdminRoles(long chatId) {
        return served.contains(chatId) ? Set.of(ADMINISTRATOR) : Set.of();
    }

    private Set<Long> admins(long chatId) {
        Instant now = clock.instant();
        Cached cached = cache.get(chatId);
        if (cached != null && cached.fetched().plus(ttl).isAfter(now)) {
            return cached.admins();
        }
        try {
            Set<Long> admins = new HashSet<>();
            for (ChatMember member : client.execute(
                    GetChatAdministrators.builder().chatId(chatId).build())) {
                admins.add(member.getUser().getId());
            }
            cache.put(chatId, new Cached(Set.copyOf(admins), now));
            return admins;
        } catch (TelegramApiException e) {
            log.warn("Cannot list the administrators of chat {}; using the last known list", chatId);
            return cached == null ? Set.of() : cached.admins();
        }
    }
}
