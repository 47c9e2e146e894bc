package dev.watchkeeper.core.bot;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: paces what a bot sends within its platform's {@link SendLimits}. A caller asks before each
 * message and either sends at once or schedules itself for the wait returned; nothing here sleeps.
 * Every instance that sends as the same bot must ask the same limiter (a shared implementation
 * when several instances run the bot), or their sum can exceed the platform's limits.
 *
 * <p>Thread-safe. The in-memory implementation never blocks; a shared one blocks for one round
 * trip and never throws: when its store cannot be reached it keeps the limits in this instance.
 */
public interface SendRateLimiter {
    /**
     * Takes a slot for one message at {@code now} and returns {@link Duration#ZERO}, or takes
     * nothing and returns how long to wait before asking again. A message counts in a window for
     * exactly the window's length after it: one sent at {@code t} no longer counts at {@code t+1s}.
     *
     * @param scope whose limits: the platform and the bot, such as {@code telegram:123456}; scopes
     *     do not share limits
     * @param chat the platform's chat id
     * @param group true for a group chat, where the per-group limit applies too
     * @param now the caller's current time
     */
    Duration tryAcquire(String scope, String chat, boolean group, Instant now);

    /**
     * As {@link #tryAcquire}, and says whether the overall limit is the one that refused. The
     * default cannot tell and reports every wait as the chat's own; implementations that know
     * override it. Blocks as {@link #tryAcquire} does.
     */
    default SendWait tryAcquireWithReason(String scope, String chat, boolean group, Instant now) {
        Duration wait = tryAcquire(scope, chat, group, now);
        return wait.isZero() ? SendWait.NONE : new SendWait(wait, false);
    }
}
