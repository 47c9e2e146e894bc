package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import java.util.Locale;

/**
 * Message counts per member in a Redis hash per community ({@code wk:activity:<platform>:<chat>},
 * {@code HINCRBY}), shared by instances and kept across restarts. During an outage a member counts
 * as new, which errs on the strict side. Thread-safe; one round trip.
 */
public final class RedisMemberActivity implements MemberActivity {
    private static final int SATURATED = 1_000;

    private final RedisStores redis;

    public RedisMemberActivity(RedisStores redis) {
        this.redis = redis;
    }

    @Override
    public int countMessage(ChatRef community, UserRef member) {
        try {
            long after = redis.commands()
                    .hincrby(
                            redis.key("activity", community.platform().name().toLowerCase(Locale.ROOT), community.id()),
                            member.id(),
                            1);
            return (int) Math.min(SATURATED, after - 1);
        } catch (RedisException e) {
            return 0;
        }
    }
}
