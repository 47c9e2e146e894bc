package dev.watchkeeper.discord;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The ids under which Discord events are claimed with the deduplicator. Snowflakes are unique
 * across Discord; an edit is an event of its own, told apart by its edit time, so that every edit
 * is checked again.
 */
final class DiscordEventIds {
    private DiscordEventIds() {}

    /** A message ({@code discord:message:<id>}) or one edit of it ({@code …:edit:<epoch ms>}). */
    static String message(String messageId, @Nullable OffsetDateTime edited) {
        String id = "discord:message:" + messageId;
        return edited == null ? id : id + ":edit:" + edited.toInstant().toEpochMilli();
    }

    /** A member joining a server ({@code discord:join:<server>:<user>:<epoch ms>}): each join once. */
    static String join(String guildId, String userId, OffsetDateTime joined) {
        return "discord:join:" + guildId + ":" + userId + ":"
                + joined.toInstant().toEpochMilli();
    }

    /** A slash command, message command, button press or modal submission. */
    static String interaction(String interactionId) {
        return "discord:interaction:" + interactionId;
    }
}
