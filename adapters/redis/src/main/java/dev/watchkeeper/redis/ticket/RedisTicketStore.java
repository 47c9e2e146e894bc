package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketLine;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * Tickets in Redis. Each ticket is a hash {@code wk:ticket:<id>} with its {@code version} and its
 * versioned JSON {@code data}, and its {@code line} (its {@link TicketLine}, for lists); sorted sets scored by opening time index them by status, member and
 * owning agent; strings map a member to their open ticket and a staff thread to its ticket. Every
 * write is one Lua script, so a write and its index changes are atomic, {@link #openOrGet} gives a
 * member one open ticket across instances, and {@link #compareAndSet} checks the version inside
 * Redis: of agents claiming at once, on any instances, exactly one wins.
 *
 * <p>Every call throws the core's {@link StoreUnavailableException} when Redis is unreachable, so
 * nothing is reported to a member or agent as done when it was not, and the ticket desk decides
 * where "no ticket known" is safe and where the member or agent is told. Thread-safe; every call
 * is one round trip, but {@link #linesWithStatus}, which may take two.
 */
public final class RedisTicketStore implements TicketStore {
    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisTicketStore.class));
    private static final Comparator<Ticket> OLDEST_FIRST =
            Comparator.comparing((Ticket t) -> t.times().openedAt()).thenComparing(t -> t.id().value());

    // KEYS: open-of-member, ticket, space (or ticket again), indexes…; ARGV: ticket prefix, id, data, score, has space,
    // line
    private static final String OPEN =
            """
            local open = redis.call('GET', KEYS[1])
            if open then
              local data = redis.call('HGET', ARGV[1] .. open, 'data')
              if data then return data end
            end
            if redis.call('EXISTS', KEYS[2]) == 1 then return redis.error_reply('ticket id already used') end
            redis.call('HSET', KEYS[2], 'version', '1', 'data', ARGV[3], 'line', ARGV[6])
            redis.call('SET', KEYS[1], ARGV[2])
            if ARGV[5] == '1' then redis.call('SET', KEYS[3], ARGV[2]) end
            for i = 4, #KEYS do redis.call('ZADD', KEYS[i], ARGV[4], ARGV[2]) end
            return ARGV[3]
            """;

    // KEYS: ticket, open-of-member, old space, new space, removed indexes…, added indexes…
    // ARGV: expected version, new version, data, id, score, removed count, drop old space, set new space, open, line
    private static final String COMPARE_AND_SET =
            """
            local v = redis.call('HGET', KEYS[1], 'version')
            if not v or v ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'data', ARGV[3], 'line', ARGV[10])
            local removed = tonumber(ARGV[6])
            for i = 5, 4 + removed do redis.call('ZREM', KEYS[i], ARGV[4]) end
            for i = 5 + removed, #KEYS do redis.call('ZADD', KEYS[i], ARGV[5], ARGV[4]) end
            if ARGV[7] == '1' and redis.call('GET', KEYS[3]) == ARGV[4] then redis.call('DEL', KEYS[3]) end
            if ARGV[8] == '1' then redis.call('SET', KEYS[4], ARGV[4]) end
            if ARGV[9] == '1' then
              redis.call('SET', KEYS[2], ARGV[4])
            elseif redis.call('GET', KEYS[2]) == ARGV[4] then
              redis.call('DEL', KEYS[2])
            end
            return 1
            """;

    // KEYS: index; ARGV: ticket prefix. Each ticket's id and version, in index order.
    private static final String VERSIONS_OF_INDEX =
            """
            local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
            local out = {}
            for _, id in ipairs(ids) do
              local v = redis.call('HGET', ARGV[1] .. id, 'version')
              if v then
                out[#out + 1] = id
                out[#out + 1] = v
              end
            end
            return out
            """;

    // ARGV: ticket prefix, ids… Each ticket's line; one written before lines were kept gives its
    // data, marked with '!'; a ticket deleted meanwhile gives ''.
    private static final String LINES_OF =
            """
            local out = {}
            for i = 2, #ARGV do
              local line = redis.call('HGET', ARGV[1] .. ARGV[i], 'line')
              if line then
                out[#out + 1] = line
              else
                local data = redis.call('HGET', ARGV[1] .. ARGV[i], 'data')
                if data then out[#out + 1] = '!' .. data else out[#out + 1] = '' end
              end
            end
            return out
            """;

    /** Lines remembered at most; beyond, all are forgotten and read again. */
    private static final int MAX_CACHED_LINES = 200_000;

    // KEYS: ticket, open-of-member, space, indexes…; ARGV: id
    private static final String DELETE =
            """
            redis.call('DEL', KEYS[1])
            for i = 4, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
            if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
            if redis.call('GET', KEYS[3]) == ARGV[1] then redis.call('DEL', KEYS[3]) end
            return 1
            """;

    private final RedisStores redis;
    private final TicketKeys keys;
    private final Map<String, TicketLine> lines = new ConcurrentHashMap<>();

    public RedisTicketStore(RedisStores redis) {
        this.redis = redis;
        this.keys = new TicketKeys(redis);
    }

    @Override
    public Ticket openOrGet(Ticket candidate) {
        Ticket stored = candidate.withVersion(1);
        List<String> scriptKeys = new ArrayList<>();
        scriptKeys.add(keys.openOf(stored.member().account()));
        scriptKeys.add(keys.ticket(stored.id()));
        scriptKeys.add(stored.staff().hasThread() ? keys.space(stored.staff()) : keys.ticket(stored.id()));
        scriptKeys.addAll(keys.indexes(stored));
        String data = RedisStores.orUnavailable(
                "ticket opening",
                () -> redis.<String>eval(
                        OPEN,
                        ScriptOutputType.VALUE,
                        scriptKeys.toArray(String[]::new),
                        keys.ticketPrefix(),
                        stored.id().value(),
                        redis.codec().write(stored),
                        score(stored),
                        stored.staff().hasThread() ? "1" : "0",
                        redis.codec().write(TicketLine.of(stored))));
        return read(data);
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "ticket lookup", () -> redis.commands().hget(keys.ticket(id), "data")))
                .map(this::read);
    }

    @Override
    public Optional<Ticket> compareAndSet(Ticket current, Ticket next) {
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("compare-and-set must keep the ticket id");
        }
        Ticket written = next.withVersion(current.version() + 1);
        List<String> removed = keys.indexes(current);
        List<String> scriptKeys = new ArrayList<>();
        scriptKeys.add(keys.ticket(current.id()));
        scriptKeys.add(keys.openOf(written.member().account()));
        scriptKeys.add(current.staff().hasThread() ? keys.space(current.staff()) : keys.ticket(current.id()));
        scriptKeys.add(written.staff().hasThread() ? keys.space(written.staff()) : keys.ticket(current.id()));
        scriptKeys.addAll(removed);
        scriptKeys.addAll(keys.indexes(written));
        boolean spaceChanged = !Objects.equals(current.staff(), written.staff());
        Long done = RedisStores.orUnavailable(
                "ticket change",
                () -> redis.<Long>eval(
                        COMPARE_AND_SET,
                        ScriptOutputType.INTEGER,
                        scriptKeys.toArray(String[]::new),
                        String.valueOf(current.version()),
                        String.valueOf(written.version()),
                        redis.codec().write(written),
                        written.id().value(),
                        score(written),
                        String.valueOf(removed.size()),
                        spaceChanged && current.staff().hasThread() ? "1" : "0",
                        written.staff().hasThread() ? "1" : "0",
                        written.status().isOpen() ? "1" : "0",
                        redis.codec().write(TicketLine.of(written))));
        return done != null && done == 1 ? Optional.of(written) : Optional.empty();
    }

    @Override
    public Optional<Ticket> openTicketOf(AccountId member) {
        String data;
        try {
            data = RedisStores.orUnavailable(
                    "open ticket lookup", () -> redis.dataOfPointer(keys.openOf(member), keys.ticketPrefix()));
        } catch (StoreUnavailableException e) {
            outage.failed("members' open tickets not looked up", e.getCause());
            throw e;
        }
        outage.succeeded();
        return Optional.ofNullable(data).map(this::read).filter(t -> t.status().isOpen());
    }

    @Override
    public List<Ticket> ticketsOf(AccountId member) {
        return select(keys.member(member));
    }

    @Override
    public List<Ticket> withStatus(TicketStatus status) {
        return select(keys.status(status));
    }

    /**
     * Reads the ids and versions of the status's tickets (one round trip), then the lines, kept
     * beside each ticket's data by every write, of those this instance has not read at that
     * version (a second round trip, when any): a list of thousands re-reads only what changed,
     * whichever instance changed it.
     */
    @Override
    public List<TicketLine> linesWithStatus(TicketStatus status) {
        List<String> versions = RedisStores.orUnavailable(
                "ticket versions listing",
                () -> redis.eval(
                        VERSIONS_OF_INDEX,
                        ScriptOutputType.MULTI,
                        new String[] {keys.status(status)},
                        keys.ticketPrefix()));
        List<String> stale = new ArrayList<>();
        for (int i = 0; i + 1 < versions.size(); i += 2) {
            TicketLine known = lines.get(versions.get(i));
            if (known == null || known.version() != Long.parseLong(versions.get(i + 1))) {
                stale.add(versions.get(i));
            }
        }
        if (!stale.isEmpty()) {
            readLines(stale);
        }
        List<TicketLine> listed = new ArrayList<>();
        for (int i = 0; i + 1 < versions.size(); i += 2) {
            TicketLine line = lines.get(versions.get(i));
            if (line != null && line.status() == status) {
                listed.add(line);
            }
        }
        listed.sort(Comparator.comparing((TicketLine t) -> t.times().openedAt()).thenComparing(t -> t.id().value()));
        return listed;
    }

    private void readLines(List<String> ids) {
        if (lines.size() + ids.size() > MAX_CACHED_LINES) {
            lines.clear();
        }
        List<String> arguments = new ArrayList<>(ids.size() + 1);
        arguments.add(keys.ticketPrefix());
        arguments.addAll(ids);
        List<String> read = RedisStores.orUnavailable(
                "ticket lines listing",
                () -> redis.eval(LINES_OF, ScriptOutputType.MULTI, new String[0], arguments.toArray(String[]::new)));
        for (int i = 0; i < read.size(); i++) {
            String json = read.get(i);
            if (json.isEmpty()) {
                lines.remove(ids.get(i));
            } else {
                lines.put(
                        ids.get(i),
                        json.startsWith("!")
                                ? TicketLine.of(read(json.substring(1)))
                                : redis.codec().read(json, TicketLine.class));
            }
        }
    }

    @Override
    public List<Ticket> assignedTo(AccountId agent) {
        return select(keys.agent(agent));
    }

    @Override
    public Optional<Ticket> inSpace(StaffSpace space) {
        if (!space.hasThread()) {
            return Optional.empty();
        }
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "ticket space lookup", () -> redis.dataOfPointer(keys.space(space), keys.ticketPrefix())))
                .map(this::read);
    }

    @Override
    public void delete(TicketId id) {
        find(id).ifPresent(ticket -> {
            List<String> scriptKeys = new ArrayList<>();
            scriptKeys.add(keys.ticket(id));
            scriptKeys.add(keys.openOf(ticket.member().account()));
            scriptKeys.add(ticket.staff().hasThread() ? keys.space(ticket.staff()) : keys.ticket(id));
            scriptKeys.addAll(keys.indexes(ticket));
            RedisStores.orUnavailable(
                    "ticket deletion",
                    () -> redis.<Long>eval(
                            DELETE, ScriptOutputType.INTEGER, scriptKeys.toArray(String[]::new), id.value()));
        });
    }

    private List<Ticket> select(String index) {
        List<String> data =
                RedisStores.orUnavailable("ticket listing", () -> redis.dataOfIndex(index, keys.ticketPrefix()));
        return data.stream().map(this::read).sorted(OLDEST_FIRST).toList();
    }

    private Ticket read(String json) {
        return redis.codec().read(json, Ticket.class);
    }

    private static String score(Ticket ticket) {
        return String.valueOf(ticket.times().openedAt().toEpochMilli());
    }
}
