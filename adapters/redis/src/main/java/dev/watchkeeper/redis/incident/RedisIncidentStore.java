package dev.watchkeeper.redis.incident;

import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.SignalAlert;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Incidents in Redis, kept until deleted by hand. Each incident is a hash {@code wk:incident:<id>}
 * with its {@code version}, its versioned JSON {@code data} and the count of status {@code answers};
 * sorted sets scored by opening time list every incident and the open ones. An incident's timeline
 * is a list, its linked members a hash (by member key) with a list of the order they were linked
 * and a hash of their tickets, and the members whose resolution message went out a set. A hash maps
 * each linked ticket to its incident. Alerts are strings that expire after {@link #ALERT_KEPT}.
 *
 * <p>Every step that touches several keys or checks before it writes is one Lua script:
 * {@link #compareAndSet} checks the version inside Redis, so of writers on any instances exactly
 * one wins; {@link #link} links a member once and adds their ticket once; {@link
 * #claimResolutionNotice} is {@code SADD}, true for one caller only.
 *
 * <p>Every call throws the core's {@link dev.watchkeeper.core.store.StoreUnavailableException}
 * when Redis is unreachable. Thread-safe; every call is one round trip.
 */
public final class RedisIncidentStore implements IncidentStore {
    /** How long an alert is kept for its "Open incident" button. */
    public static final Duration ALERT_KEPT = Duration.ofDays(30);

    private static final Comparator<Incident> OLDEST_FIRST = Comparator.comparing(
                    (Incident i) -> i.times().openedAt())
            .thenComparing(i -> i.id().value().length())
            .thenComparing(i -> i.id().value());

    // KEYS: incident, all, open; ARGV: id, data, score, open
    private static final String CREATE =
            """
            if redis.call('HEXISTS', KEYS[1], 'data') == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'version', '1', 'data', ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            if ARGV[4] == '1' then redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1]) end
            return 1
            """;

    // KEYS: incident, open; ARGV: expected version, new version, data, id, score, open
    private static final String COMPARE_AND_SET =
            """
            if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'data', ARGV[3])
            if ARGV[6] == '1' then
              redis.call('ZADD', KEYS[2], ARGV[5], ARGV[4])
            else
              redis.call('ZREM', KEYS[2], ARGV[4])
            end
            return 1
            """;

    // KEYS: linked, link order, linked tickets, ticket index; ARGV: member key, link, ticket or '', incident id
    private static final String LINK =
            """
            local linked = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
            if linked == 1 then redis.call('RPUSH', KEYS[2], ARGV[1]) end
            if ARGV[3] == '' then return linked end
            redis.call('HSETNX', KEYS[4], ARGV[3], ARGV[4])
            local ticket = redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[3])
            if linked == 1 or ticket == 1 then return 1 end
            return 0
            """;

    // KEYS: linked, link order, linked tickets; ARGV: member key or '' for all
    // returns link, ticket (or false) pairs in the order the members were linked
    private static final String LINKED =
            """
            local members
            if ARGV[1] == '' then members = redis.call('LRANGE', KEYS[2], 0, -1) else members = {ARGV[1]} end
            local out = {}
            for _, member in ipairs(members) do
              local link = redis.call('HGET', KEYS[1], member)
              if link then
                out[#out + 1] = link
                out[#out + 1] = redis.call('HGET', KEYS[3], member) or ''
              end
            end
            return out
            """;

    private final RedisStores redis;
    private final IncidentKeys keys;

    public RedisIncidentStore(RedisStores redis) {
        this.redis = redis;
        this.keys = new IncidentKeys(redis);
    }

    @Override
    public long nextNumber() {
        return RedisStores.orUnavailable(
                "incident numbering", () -> redis.commands().incr(keys.sequence()));
    }

    @Override
    public Incident create(Incident incident) {
        Incident stored = incident.withVersion(1);
        Long created = RedisStores.orUnavailable(
                "incident opening",
                () -> redis.<Long>eval(
                        CREATE,
                        ScriptOutputType.INTEGER,
                        new String[] {keys.incident(stored.id()), keys.all(), keys.open()},
                        stored.id().value(),
                        redis.codec().write(stored),
                        score(stored),
                        stored.status().isOpen() ? "1" : "0"));
        if (created == null || created != 1) {
            throw new IllegalStateException("incident id already used: " + stored.id());
        }
        return stored;
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "incident lookup", () -> redis.commands().hget(keys.incident(id), "data")))
                .map(this::read);
    }

    @Override
    public Optional<Incident> compareAndSet(Incident current, Incident next) {
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("compare-and-set must keep the incident id");
        }
        Incident written = next.withVersion(current.version() + 1);
        Long done = RedisStores.orUnavailable(
                "incident change",
                () -> redis.<Long>eval(
                        COMPARE_AND_SET,
                        ScriptOutputType.INTEGER,
                        new String[] {keys.incident(current.id()), keys.open()},
                        String.valueOf(current.version()),
                        String.valueOf(written.version()),
                        redis.codec().write(written),
                        written.id().value(),
                        score(written),
                        written.status().isOpen() ? "1" : "0"));
        return done != null && done == 1 ? Optional.of(written) : Optional.empty();
    }

    @Override
    public List<Incident> open() {
        List<String> data = RedisStores.orUnavailable(
                "open incidents", () -> redis.dataOfIndex(keys.open(), keys.incidentPrefix()));
        return data.stream().map(this::read).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Incident> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> data = RedisStores.orUnavailable(
                "recent incidents", () -> redis.dataOfIndex(keys.all(), keys.incidentPrefix(), -limit, -1));
        return data.stream().map(this::read).sorted(OLDEST_FIRST.reversed()).toList();
    }

    @Override
    public void appendTimeline(IncidentId id, TimelineEntry entry) {
        String json = redis.codec().write(entry);
        RedisStores.orUnavailable("incident timeline", () -> redis.commands().rpush(keys.timeline(id), json));
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        List<String> entries = RedisStores.orUnavailable(
                "incident timeline", () -> redis.commands().lrange(keys.timeline(id), 0, -1));
        return entries.stream()
                .map(json -> redis.codec().read(json, TimelineEntry.class))
                .toList();
    }

    @Override
    public boolean link(IncidentId id, LinkedMember member) {
        Long linked = RedisStores.orUnavailable(
                "incident link",
                () -> redis.<Long>eval(
                        LINK,
                        ScriptOutputType.INTEGER,
                        new String[] {keys.linked(id), keys.linkOrder(id), keys.linkedTickets(id), keys.ticketIndex()},
                        member.key(),
                        redis.codec().write(member),
                        member.ticket() == null ? "" : member.ticket().value(),
                        id.value()));
        return linked != null && linked == 1;
    }

    @Override
    public List<LinkedMember> linked(IncidentId id) {
        return links(id, "");
    }

    @Override
    public Optional<LinkedMember> linkOf(IncidentId id, String memberKey) {
        if (memberKey.isEmpty()) {
            return Optional.empty();
        }
        return links(id, memberKey).stream().findFirst();
    }

    private List<LinkedMember> links(IncidentId id, String memberKey) {
        List<String> pairs = RedisStores.orUnavailable(
                "incident links",
                () -> redis.<List<String>>eval(
                        LINKED,
                        ScriptOutputType.MULTI,
                        new String[] {keys.linked(id), keys.linkOrder(id), keys.linkedTickets(id)},
                        memberKey));
        List<LinkedMember> members = new ArrayList<>(pairs.size() / 2);
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            LinkedMember link = redis.codec().read(pairs.get(i), LinkedMember.class);
            String ticket = pairs.get(i + 1);
            members.add(link.ticket() == null && !ticket.isEmpty() ? link.withTicket(new TicketId(ticket)) : link);
        }
        return members;
    }

    @Override
    public Optional<IncidentId> incidentOfTicket(TicketId ticket) {
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "incident of ticket", () -> redis.commands().hget(keys.ticketIndex(), ticket.value())))
                .map(IncidentId::new);
    }

    @Override
    public boolean claimResolutionNotice(IncidentId id, String memberKey) {
        Long added = RedisStores.orUnavailable(
                "resolution notice claim", () -> redis.commands().sadd(keys.notified(id), memberKey));
        return added != null && added == 1;
    }

    @Override
    public void countStatusAnswer(IncidentId id) {
        RedisStores.orUnavailable(
                "status answer count", () -> redis.commands().hincrby(keys.incident(id), "answers", 1));
    }

    @Override
    public long statusAnswers(IncidentId id) {
        String count = RedisStores.orUnavailable(
                "status answer count", () -> redis.commands().hget(keys.incident(id), "answers"));
        return count == null ? 0 : Long.parseLong(count);
    }

    @Override
    public void saveAlert(SignalAlert alert) {
        String json = redis.codec().write(alert);
        RedisStores.orUnavailable(
                "alert", () -> redis.commands().setex(keys.alert(alert.id()), ALERT_KEPT.toSeconds(), json));
    }

    @Override
    public Optional<SignalAlert> findAlert(String id) {
        return Optional.ofNullable(RedisStores.orUnavailable(
                        "alert lookup", () -> redis.commands().get(keys.alert(id))))
                .map(json -> redis.codec().read(json, SignalAlert.class));
    }

    private Incident read(String json) {
        return redis.codec().read(json, Incident.class);
    }

    private static String score(Incident incident) {
        return String.valueOf(incident.times().openedAt().toEpochMilli());
    }
}
