package dev.watchkeeper.core.bot;

import java.time.Duration;

/**
 * How fast a bot may send, as sliding windows: messages a second in one chat, messages a minute
 * in one group, and messages a second over all chats.
 *
 * @param perChatPerSecond messages a second in one chat
 * @param perGroupPerMinute messages a minute in one group chat
 * @param overallPerSecond messages a second over all chats together
 */
public record SendLimits(int perChatPerSecond, int perGroupPerMinute, int overallPerSecond) {
    /** The window of the per-chat and the overall limit. */
    public static final Duration SECOND = Duration.ofSeconds(1);

    /** The window of the per-group limit. */
    public static final Duration MINUTE = Duration.ofMinutes(1);

    public SendLimits {
        if (perChatPerSecond < 1 || perGroupPerMinute < 1 || overallPerSecond < 1) {
            throw new IllegalArgumentException("send limits must be positive");
        }
    }

    /** Telegram's published limits for a bot: one a second in a chat, twenty a minute in a group, thirty a second. */
    public static SendLimits telegram() {
        return new SendLimits(1, 20, 30);
    }
}
