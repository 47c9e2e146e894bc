package dev.watchkeeper.redis.incident;

import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Incidents read out whole and written back as they were, for backups: each with its timeline,
 * linked members and status answer count ({@link RedisIncidentStore}'s layout). Reading goes page
 * by page through the index of every incident; each incident is restored by one Lua script, which
 * also moves the incident counter past its number. The set of members already sent the resolution
 * message is neither exported nor replaced: a backed-up incident is resolved again by nobody, and
 * an open one has sent none. Blocks for Redis's round trips and throws the core's {@code
 * StoreUnavailableException} when Redis does not answer; one thread at a time.
 */
public final class RedisIncidentArchive {
    // KEYS: incident, all, open, timeline, linked, link order, linked tickets, ticket index, sequence
    // ARGV: id, version, data, score, open, answers, number, timeline count, entries…, (member, link, ticket)…
    private static final String RESTORE =
            """
            redis.call('DEL', KEYS[1], KEYS[4], KEYS[5], KEYS[6], KEYS[7])
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'data', ARGV[3], 'answers', ARGV[6])
            redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
            if ARGV[5] == '1' then
              redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
            else
              redis.call('ZREM', KEYS[3], ARGV[1])
            end
            local entries = tonumber(ARGV[8])
            for i = 9, 8 + entries do redis.call('RPUSH', KEYS[4], ARGV[i]) end
            for i = 9 + entries, #ARGV, 3 do
              redis.call('HSET', KEYS[5], ARGV[i], ARGV[i + 1])
              redis.call('RPUSH', KEYS[6], ARGV[i])
              if ARGV[i + 2] ~= '' then
                redis.call('HSET', KEYS[7], ARGV[i], ARGV[i + 2])
                redis.call('HSET', KEYS[8], ARGV[i + 2], ARGV[1])
              end
            end
            if tonumber(redis.call('GET', KEYS[9]) or '0') < tonumber(ARGV[7]) then
              redis.call('SET', KEYS[9], ARGV[7])
            end
            return 1
            """;

    private final RedisStores redis;
    private final IncidentKeys keys;
    private final RedisIncidentStore incidents;

    public RedisIncidentArchive(RedisStores redis) {
        this.redis = redis;
        this.keys = new IncidentKeys(redis);
        this.incidents = new RedisIncidentStore(redis);
    }

    /** Hands every incident to {@code sink}, oldest first, reading {@code page} incidents a round trip. */
    public void each(int page, Consumer<? super BackupRecord.IncidentRecord> sink) {
        for (long first = 0; ; first += page) {
            long from = first;
            List<String> data = RedisStores.orUnavailable(
                    "incident export",
                    () -> redis.dataOfIndex(keys.all(), keys.incidentPrefix(), from, from + page - 1));
            for (String json : data) {
                Incident incident = redis.codec().read(json, Incident.class);
                sink.accept(new BackupRecord.IncidentRecord(
                        incident,
                        incidents.timeline(incident.id()),
                        incidents.linked(incident.id()),
                        incidents.statusAnswers(incident.id())));
            }
            if (data.size() < page) {
                return;
            }
        }
    }

    /** Writes an incident and what hangs off it as the record holds them, replacing what is stored. */
    public void restore(BackupRecord.IncidentRecord record) {
        Incident incident = record.incident();
        String id = incident.id().value();
        List<String> args = new ArrayList<>();
        args.add(id);
        args.add(String.valueOf(incident.version()));
        args.add(redis.codec().write(incident));
        args.add(String.valueOf(incident.times().openedAt().toEpochMilli()));
        args.add(incident.status().isOpen() ? "1" : "0");
        args.add(String.valueOf(record.statusAnswers()));
        args.add(id.substring(id.lastIndexOf('-') + 1));
        args.add(String.valueOf(record.timeline().size()));
        for (TimelineEntry entry : record.timeline()) {
            args.add(redis.codec().write(entry));
        }
        for (LinkedMember member : record.linked()) {
            args.add(member.key());
            args.add(redis.codec().write(member));
            args.add(member.ticket() == null ? "" : member.ticket().value());
        }
        String[] scriptKeys = {
            keys.incident(incident.id()),
            keys.all(),
            keys.open(),
            keys.timeline(incident.id()),
            keys.linked(incident.id()),
            keys.linkOrder(incident.id()),
            keys.linkedTickets(incident.id()),
            keys.ticketIndex(),
            keys.sequence()
        };
        RedisStores.orUnavailable(
                "incident import",
                () -> redis.<Long>eval(RESTORE, ScriptOutputType.INTEGER, scriptKeys, args.toArray(String[]::new)));
    }
}
