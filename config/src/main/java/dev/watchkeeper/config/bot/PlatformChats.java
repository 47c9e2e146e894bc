package dev.watchkeeper.config.bot;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import org.jspecify.annotations.Nullable;

/**
 * What one enabled platform contributes to the shared features: its staff chat (ticket spaces),
 * its moderators' chat (moderation cases) and the bot's handle there. Each platform's
 * configuration declares one as a bean; the ticket and moderation wiring collect them all.
 *
 * @param platform the platform
 * @param staffChat where ticket spaces open, if this platform hosts a staff space
 * @param moderatorChat where moderation cases go, if this platform hosts one
 * @param botHandle the bot's handle without {@code @}: the engine strips mentions of it, and the
 *     ticket desk names it to members it cannot reach
 */
public record PlatformChats(
        Platform platform, @Nullable ChatRef staffChat, @Nullable ChatRef moderatorChat, String botHandle) {
    public PlatformChats {
        requireNonNull(platform, "platform");
        requireNonNull(botHandle, "botHandle");
    }
}
