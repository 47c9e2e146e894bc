package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * Message counts of new members, shared by instances and kept across restarts, in a layout that
 * stays bounded. During an outage a member counts as new, which errs on the strict side.
 * Thread-safe; blocks for at most one round trip.
 *
 * <p>Only the first {@code exactUpTo} messages (at least the scam shield's first-messages window)
 * matter, so only new members are counted: the hash {@code wk:activity:<platform>:<chat>} holds a
 * counter per member still inside the window. One Lua script counts a message; the message that
 * fills the window removes the member's counter from the hash and marks the member settled with a
 * string {@code wk:settled:<platform>:<chat>:<member>} that expires after {@link #RETENTION}. So
 * <ul>
 *   <li>the hash holds new members only, and starts over when it passes {@code maxNew} members
 *       (those inside the window then count from zero again: stricter, never laxer); it expires
 *       when no new member has posted for {@link #RETENTION};
 *   <li>settled markers exist for members who posted within {@link #RETENTION}; a member silent
 *       longer is new again for {@code exactUpTo} messages.
 * </ul>
 *
 * <p>This instance remembers the members it saw settled (at most {@code maxSettled}; it starts
 * over when full), so a settled member's message costs no round trip (most messages in a busy
 * community come from settled members). Settling is never undone within the retention, so the
 * memory cannot go stale; an entry older than {@link #REFRESH_AFTER} is checked with Redis once
 * more, which also extends the marker's life. Several instances share the hash and the markers:
 * every step is one script, so concurrent messages are counted once each and settle a member once.
 * A counter left by an older version past the window settles the member at their next message.
 */
public final class RedisMemberActivity implements MemberActivity {
    /** How long a settled member is remembered in Redis after their last check. */
    public static final Duration RETENTION = Duration.ofDays(180);

    /** How long this instance trusts its memory of a settled member before asking Redis again. */
    public static final Duration REFRESH_AFTER = Duration.ofDays(7);

    private static final String COUNT =
            """
            -- KEYS: counts hash, settled marker; ARGV: member, window, retention (s), max new members
            local retention = tonumber(ARGV[3])
            if redis.call('EXPIRE', KEYS[2], retention) == 1 then return -1 end
            local window = tonumber(ARGV[2])
            local count = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            if count == 1 and redis.call('HLEN', KEYS[1]) > tonumber(ARGV[4]) then
              redis.call('UNLINK', KEYS[1])
              redis.call('HSET', KEYS[1], ARGV[1], 1)
            end
            if count >= window then
              redis.call('HDEL', KEYS[1], ARGV[1])
              redis.call('SET', KEYS[2], '1', 'EX', retention)
            end
            redis.call('EXPIRE', KEYS[1], retention)
            return count - 1
            """;

    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisMemberActivity.class));
    private final RedisStores redis;
    private final int exactUpTo;
    private final int maxSettled;
    private final int maxNew;
    private final Clock clock;
    private final Map<String, Long> settledAt = new ConcurrentHashMap<>();

    /**
     * @param exactUpTo how many messages are counted exactly; a member with more counts as having
     *     posted this many
     * @param maxSettled how many settled members this instance remembers
     * @param maxNew how many new members a community's hash holds before it starts over
     * @param clock tells when this instance last checked a settled member with Redis
     */
    public RedisMemberActivity(RedisStores redis, int exactUpTo, int maxSettled, int maxNew, Clock clock) {
        if (exactUpTo < 0 || maxSettled < 1 || maxNew < 1) {
            throw new IllegalArgumentException("exactUpTo must be >= 0, maxSettled and maxNew >= 1");
        }
        this.redis = redis;
        this.exactUpTo = exactUpTo;
        this.maxSettled = maxSettled;
        this.maxNew = maxNew;
        this.clock = clock;
    }

    @Override
    public int countMessage(ChatRef community, UserRef member) {
        String platform = community.platform().name().toLowerCase(Locale.ROOT);
        String settledKey = redis.key("settled", platform, community.id(), member.id());
        long now = clock.millis();
        Long checked = settledAt.get(settledKey);
        if (checked != null && now - checked < REFRESH_AFTER.toMillis()) {
            return exactUpTo;
        }
        Long before;
        try {
            before = redis.eval(
                    COUNT,
                    ScriptOutputType.INTEGER,
                    new String[] {redis.key("activity", platform, community.id()), settledKey},
                    member.id(),
                    String.valueOf(exactUpTo),
                    String.valueOf(RETENTION.toSeconds()),
                    String.valueOf(maxNew));
        } catch (RedisException e) {
            outage.failed("members' messages counted as their first", e);
            return 0;
        }
        outage.succeeded();
        if (before == null || before < 0 || before + 1 >= exactUpTo) {
            if (settledAt.size() >= maxSettled) {
                settledAt.clear();
            }
            settledAt.put(settledKey, now);
        }
        return before == null || before < 0 ? exactUpTo : (int) Math.min(before, exactUpTo);
    }
}
