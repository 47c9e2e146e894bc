package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;

/**
 * Ticket numbers from one Redis counter ({@code wk:seq:tickets}, {@code INCR}): unique across
 * instances and restarts, short, and starting at a configured number. Throws the core's
 * {@code StoreUnavailableException} when Redis is unreachable. Thread-safe; one round trip.
 */
public final class RedisTicketSequence implements TicketSequence {
    private static final String NEXT =
            """
            if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end
            return redis.call('INCR', KEYS[1])
            """;

    private final RedisStores redis;
    private final String key;
    private final String beforeFirst;

    /** Numbers starting at {@code first} unless the counter already went further. */
    public RedisTicketSequence(RedisStores redis, long first) {
        this.redis = redis;
        this.key = key(redis);
        this.beforeFirst = String.valueOf(first - 1);
    }

    /** The counter's key. */
    static String key(RedisStores redis) {
        return redis.key("seq", "tickets");
    }

    @Override
    public long next() {
        return RedisStores.orUnavailable(
                "ticket numbering",
                () -> redis.<Long>eval(NEXT, ScriptOutputType.INTEGER, new String[] {key}, beforeFirst));
    }
}
