package dev.watchkeeper.core.bot;

import java.time.Duration;

/**
 * A {@link SendRateLimiter}'s answer with its reason: how long to wait before asking again (zero:
 * the slot is taken), and whether the bot's overall limit is what makes the caller wait. A caller
 * with many chats waiting on the overall limit can then let one of them ask for all, instead of
 * each asking again on its own.
 *
 * @param delay how long to wait before asking again; {@link Duration#ZERO} when the slot is taken
 * @param overall true when the overall limit sets the wait (it is at least as long as any per-chat
 *     or per-group wait); false when a chat's own limits set it, or the limiter cannot tell
 */
public record SendWait(Duration delay, boolean overall) {
    /** The slot is taken: send now. */
    public static final SendWait NONE = new SendWait(Duration.ZERO, false);

    /** True when the slot was taken and the message may go now. */
    public boolean granted() {
        return delay.isZero();
    }
}
