package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message counts per member in a Redis hash per community ({@code wk:activity:<platform>:<chat>},
 * {@code HINCRBY}), shared by instances and kept across restarts. During an outage a member counts
 * as new, which errs on the strict side. Thread-safe.
 *
 * <p>Counts are exact up to {@code exactUpTo} (at least the scam shield's first-messages window)
 * and only that part matters. Once a member has posted that many, this instance remembers it and
 * stops asking Redis: a settled member's message costs no round trip (most messages in a busy
 * community come from settled members), a new member's costs one. Counts never go down, so the
 * local memory cannot go stale; it is bounded and starts over when full (then settled members cost
 * one round trip again).
 */
public final class RedisMemberActivity implements MemberActivity {
    private final RedisStores redis;
    private final int exactUpTo;
    private final int maxSettled;
    private final Set<String> settled = ConcurrentHashMap.newKeySet();

    /**
     * @param exactUpTo how many messages are counted exactly; a member with more counts as having
     *     posted this many
     * @param maxSettled how many settled members this instance remembers
     */
    public RedisMemberActivity(RedisStores redis, int exactUpTo, int maxSettled) {
        if (exactUpTo < 0 || maxSettled < 1) {
            throw new IllegalArgumentException("exactUpTo must be >= 0 and maxSettled >= 1");
        }
        this.redis = redis;
        this.exactUpTo = exactUpTo;
        this.maxSettled = maxSettled;
    }

    @Override
    public int countMessage(ChatRef community, UserRef member) {
        String key = redis.key("activity", community.platform().name().toLowerCase(Locale.ROOT), community.id());
        String settledKey = key + "\u0000" + member.id();
        if (settled.contains(settledKey)) {
            return exactUpTo;
        }
        long before;
        try {
            before = redis.commands().hincrby(key, member.id(), 1) - 1;
        } catch (RedisException e) {
            return 0;
        }
        if (before < exactUpTo) {
            return (int) before;
        }
        if (settled.size() >= maxSettled) {
            settled.clear();
        }
        settled.add(settledKey);
        return exactUpTo;
    }
}
