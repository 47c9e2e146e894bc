package dev.watchkeeper.redis.shield;

import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.Set;

/**
 * The community's allow and deny lists as two Redis sets ({@code wk:domains:allow}, {@code
 * wk:domains:deny}). Writes throw when Redis is unreachable, so a moderator is never told a change
 * was saved when it was not. Thread-safe; one round trip per call.
 */
public final class RedisCommunityDomainStore implements CommunityDomainStore {
    private static final String MOVE =
            """
            redis.call('SREM', KEYS[2], ARGV[1])
            redis.call('SADD', KEYS[1], ARGV[1])
            return 1
            """;

    private final RedisStores redis;
    private final String allowKey;
    private final String denyKey;

    public RedisCommunityDomainStore(RedisStores redis) {
        this.redis = redis;
        this.allowKey = redis.key("domains", "allow");
        this.denyKey = redis.key("domains", "deny");
    }

    @Override
    public Set<String> allowed() {
        return Set.copyOf(RedisStores.orUnavailable(
                "allow list read", () -> redis.commands().smembers(allowKey)));
    }

    @Override
    public Set<String> denied() {
        return Set.copyOf(RedisStores.orUnavailable(
                "deny list read", () -> redis.commands().smembers(denyKey)));
    }

    @Override
    public void allow(String domain) {
        redis.eval(MOVE, ScriptOutputType.INTEGER, new String[] {allowKey, denyKey}, domain);
    }

    @Override
    public void deny(String domain) {
        redis.commands().sadd(denyKey, domain);
    }

    @Override
    public void unlist(String domain) {
        redis.commands().srem(allowKey, domain);
        redis.commands().srem(denyKey, domain);
    }
}
