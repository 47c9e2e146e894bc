package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import org.slf4j.LoggerFactory;

/**
 * Moderation case ids reserved ahead in blocks from one Redis counter ({@code wk:seq:cases},
 * {@code INCRBY}), so that a scam detected while Redis is away still gets its case: ids stay short
 * (moderators type them) and unique across instances and restarts, but are no longer gap-free (an
 * instance that stops leaves the rest of its block unused) nor in creation order across instances.
 *
 * <p>This instance reserves its first block when created, holds the block it takes ids from and,
 * once half of it is used, reserves the next one while Redis answers; so at most a block and a half of ids can be handed out during an
 * outage. Only when both are used up does {@link #next()} throw {@link StoreUnavailableException}.
 * Thread-safe; blocks for a round trip only when it reserves a block.
 */
final class RedisCaseIds {
    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisCaseIds.class));
    private final RedisStores redis;
    private final String key;
    private final int blockSize;
    private long next;
    private long end;
    private long reservedFrom = -1;

    /** @param blockSize how many ids one reservation takes */
    RedisCaseIds(RedisStores redis, int blockSize) {
        if (blockSize < 2) {
            throw new IllegalArgumentException("blockSize must be at least 2");
        }
        this.redis = redis;
        this.key = key(redis);
        this.blockSize = blockSize;
        try {
            reservedFrom = reserve();
        } catch (StoreUnavailableException e) {
            outage.failed("no case ids reserved yet", e.getCause());
        }
    }

    /** The counter's key. */
    static String key(RedisStores redis) {
        return redis.key("seq", "cases");
    }

    /** A never used case id; throws when the reserved ids are used up and Redis is away. */
    synchronized CaseId next() {
        if (next >= end) {
            if (reservedFrom < 0) {
                reservedFrom = reserve();
            }
            next = reservedFrom;
            end = reservedFrom + blockSize;
            reservedFrom = -1;
        }
        long id = next++;
        if (reservedFrom < 0 && end - next < blockSize / 2) {
            try {
                reservedFrom = reserve();
            } catch (StoreUnavailableException e) {
                outage.failed("case ids taken from the block reserved before", e.getCause());
            }
        }
        return CaseId.of(id);
    }

    /** Reserves a block and returns its first id. */
    private long reserve() {
        long last = RedisStores.orUnavailable(
                "case id reservation", () -> redis.commands().incrby(key, blockSize));
        outage.succeeded();
        return last - blockSize + 1;
    }
}
