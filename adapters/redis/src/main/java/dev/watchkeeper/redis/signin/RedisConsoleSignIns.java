package dev.watchkeeper.redis.signin;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleSignIns;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in links in Redis: one string per link, {@code wk:signin:<token hash>}, holding the grant's
 * versioned JSON, written with {@code SET … PX <milliseconds until the grant expires>} so that
 * Redis forgets an unused link by itself, and taken with {@code GETDEL}, so that of instances
 * redeeming the same link at once exactly one gets the grant (Redis 6.2 or later). The key holds
 * the token's hash, never the token. Links are ephemeral: they are not in backups.
 *
 * <p>Thread-safe; each call blocks for one round trip and throws the core's {@link
 * dev.watchkeeper.core.store.StoreUnavailableException} when Redis does not answer (the member is
 * then told no link was made, or the sign-in fails): a link is never written behind, since the
 * member is sent it at once.
 */
public final class RedisConsoleSignIns implements ConsoleSignIns {
    private final RedisStores redis;
    private final Clock clock;

    /**
     * @param redis the shared connection
     * @param clock the time grants' expiries are counted from
     */
    public RedisConsoleSignIns(RedisStores redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void put(String tokenHash, ConsoleGrant grant) {
        long millis = Duration.between(clock.instant(), grant.expiresAt()).toMillis();
        if (millis <= 0) {
            return;
        }
        String json = redis.codec().write(grant);
        RedisStores.orUnavailable(
                "sign-in link", () -> redis.commands().set(key(tokenHash), json, SetArgs.Builder.px(millis)));
    }

    @Override
    public Optional<ConsoleGrant> take(String tokenHash) {
        String json =
                RedisStores.orUnavailable("sign-in", () -> redis.commands().getdel(key(tokenHash)));
        return Optional.ofNullable(json)
                .map(j -> redis.codec().read(j, ConsoleGrant.class))
                .filter(grant -> grant.expiresAt().isAfter(clock.instant()));
    }

    private String key(String tokenHash) {
        return redis.key("signin", tokenHash);
    }
}
