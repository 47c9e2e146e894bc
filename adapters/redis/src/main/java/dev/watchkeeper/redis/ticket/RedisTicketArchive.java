package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The tickets of {@link RedisTicketStore} read out page by page (through the status indexes, so
 * never with {@code KEYS}) and restored as they were, for backups. Blocks for a round trip per page
 * read and one per batch of tickets restored; throws the core's {@code StoreUnavailableException} when Redis
 * does not answer. Thread-safe.
 */
public final class RedisTicketArchive {
    // KEYS: ticket, open-of-member, space (or ticket again), indexes…
    // ARGV: id, version, data, score, has space, open
    private static final String RESTORE =
            """
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'data', ARGV[3])
            redis.call('HDEL', KEYS[1], 'line')
            if ARGV[6] == '1' then redis.call('SET', KEYS[2], ARGV[1]) end
            if ARGV[5] == '1' then redis.call('SET', KEYS[3], ARGV[1]) end
            for i = 4, #KEYS do redis.call('ZADD', KEYS[i], ARGV[4], ARGV[1]) end
            return 1
            """;

    private final RedisStores redis;
    private final TicketKeys keys;
    private final RedisTicketStore store;

    public RedisTicketArchive(RedisStores redis) {
        this.redis = redis;
        this.keys = new TicketKeys(redis);
        this.store = new RedisTicketStore(redis);
    }

    /** Hands every ticket to {@code sink}, reading {@code pageSize} at a time, status by status. */
    public void each(int pageSize, Consumer<? super Ticket> sink) {
        for (TicketStatus status : TicketStatus.values()) {
            for (long first = 0; ; first += pageSize) {
                long from = first;
                List<String> page = RedisStores.orUnavailable(
                        "ticket export",
                        () -> redis.dataOfIndex(keys.status(status), keys.ticketPrefix(), from, from + pageSize - 1));
                page.forEach(json -> sink.accept(redis.codec().read(json, Ticket.class)));
                if (page.size() < pageSize) {
                    break;
                }
            }
        }
    }

    /**
     * Stores tickets as they are, versions included, with their indexes; a stored ticket with the
     * same id is deleted first, with its indexes. Pipelined: a round trip for the batch, and one
     * per ticket that was stored before.
     */
    public void restore(List<Ticket> tickets) {
        List<@Nullable String> stored = RedisStores.awaitAll(
                "ticket import",
                tickets.stream()
                        .map(t -> redis.async().hget(keys.ticket(t.id()), "data"))
                        .toList());
        for (int i = 0; i < tickets.size(); i++) {
            if (stored.get(i) != null) {
                store.delete(tickets.get(i).id());
            }
        }
        RedisStores.awaitAll("ticket import", tickets.stream().map(this::write).toList());
    }

    private CompletionStage<Long> write(Ticket ticket) {
        List<String> scriptKeys = new ArrayList<>();
        scriptKeys.add(keys.ticket(ticket.id()));
        scriptKeys.add(keys.openOf(ticket.member().account()));
        scriptKeys.add(ticket.staff().hasThread() ? keys.space(ticket.staff()) : keys.ticket(ticket.id()));
        scriptKeys.addAll(keys.indexes(ticket));
        return redis.evalAsync(
                RESTORE,
                ScriptOutputType.INTEGER,
                scriptKeys.toArray(String[]::new),
                ticket.id().value(),
                String.valueOf(ticket.version()),
                redis.codec().write(ticket),
                String.valueOf(ticket.times().openedAt().toEpochMilli()),
                ticket.staff().hasThread() ? "1" : "0",
                ticket.status().isOpen() ? "1" : "0");
    }

    /** Makes the ticket numbers handed out from now on greater than {@code number}, unless they are. */
    public void advanceSequencePast(long number) {
        redis.raiseCounter(RedisTicketSequence.key(redis), number);
    }
}
