package dev.watchkeeper.web;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import java.util.List;
import java.util.Map;

/**
 * The chats where the console's actions are taken as if typed or pressed there: the staff chats
 * (ticket commands) and the moderators' chat per platform (case buttons).
 *
 * @param staffChats the staff chats, on any platforms; the first is the default
 * @param moderatorChats the moderators' chat per platform
 */
public record StaffChats(List<ChatRef> staffChats, Map<Platform, ChatRef> moderatorChats) {
    public StaffChats {
        staffChats = List.copyOf(staffChats);
        moderatorChats = Map.copyOf(moderatorChats);
        if (staffChats.isEmpty()) {
            throw new IllegalArgumentException("at least one staff chat is needed");
        }
    }

    /** The staff chat on this platform, or the first staff chat. */
    public ChatRef staffChatFor(Platform platform) {
        return staffChats.stream()
                .filter(c -> c.platform() == platform)
                .findFirst()
                .orElse(staffChats.get(0));
    }

    /** The moderators' chat on this platform, or {@code fallback} (the case's own chat). */
    public ChatRef moderatorChatFor(Platform platform, ChatRef fallback) {
        return moderatorChats.getOrDefault(platform, fallback);
    }
}
