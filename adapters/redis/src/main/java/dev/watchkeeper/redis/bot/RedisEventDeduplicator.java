package dev.watchkeeper.redis.bot;

import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Claims platform events with {@code SET wk:event:<id> 1 NX EX <window>}: of instances receiving
 * the same event, exactly one gets true. A {@linkplain #claim claim with a lease} sets {@code held}
 * that expires with the lease, and {@link #handled} replaces it with {@code 1} for the window. During an outage every event counts as new (fail open),
 * so that a lone instance keeps answering; duplicates are then possible across instances.
 * An outage is logged through {@link OutageLog}, not once per event. Thread-safe; one round trip.
 */
public final class RedisEventDeduplicator implements EventDeduplicator {
    private static final String HELD = "held";

    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisEventDeduplicator.class));
    private final RedisStores redis;
    private final long windowSeconds;

    public RedisEventDeduplicator(RedisStores redis, Duration window) {
        this.redis = redis;
        this.windowSeconds = Math.max(1, window.toSeconds());
    }

    @Override
    public boolean firstTime(String platformEventId) {
        String reply;
        try {
            reply = redis.commands()
                    .set(
                            redis.key("event", platformEventId),
                            "1",
                            SetArgs.Builder.nx().ex(windowSeconds));
        } catch (RedisException e) {
            outage.failed("events taken without de-duplication", e);
            return true;
        }
        outage.succeeded();
        return "OK".equals(reply);
    }

    @Override
    public Claim claim(String platformEventId, Duration lease) {
        String key = redis.key("event", platformEventId);
        try {
            // Twice at most: a held claim may lapse between the SET and the GET.
            for (int attempt = 0; attempt < 2; attempt++) {
                if ("OK"
                        .equals(redis.commands()
                                .set(key, HELD, SetArgs.Builder.nx().px(Math.max(1, lease.toMillis()))))) {
                    outage.succeeded();
                    return Claim.TAKEN;
                }
                String value = redis.commands().get(key);
                if (value != null) {
                    outage.succeeded();
                    return HELD.equals(value) ? Claim.HELD : Claim.HANDLED;
                }
            }
            return Claim.HELD;
        } catch (RedisException e) {
            outage.failed("events taken without de-duplication", e);
            return Claim.TAKEN;
        }
    }

    @Override
    public void handled(String platformEventId) {
        try {
            redis.commands().set(redis.key("event", platformEventId), "1", SetArgs.Builder.ex(windowSeconds));
            outage.succeeded();
        } catch (RedisException e) {
            outage.failed("events taken without de-duplication", e);
        }
    }
}
