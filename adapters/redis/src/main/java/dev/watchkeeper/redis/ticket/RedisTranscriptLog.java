package dev.watchkeeper.redis.ticket;

import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.redis.OutageLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ValueScanCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.slf4j.LoggerFactory;

/**
 * Recent turns in Redis: a capped list per conversation ({@code wk:transcript:<conversation>},
 * versioned JSON turns, oldest first), the conversations of each member ({@code
 * wk:transcripts:of:<account>}, a set of conversation keys as JSON) and the set of all of them for
 * the retention purge ({@code wk:transcripts}). Appends are pipelined through the write-behind buffer
 * (waiting there during an outage; one retried after a broken connection may land twice or late,
 * so reads return distinct turns in time order) and reads during an outage find nothing. Turns
 * arrive redacted. Thread-safe; a read is one round trip, an append does not wait for Redis.
 */
public final class RedisTranscriptLog implements TranscriptLog {
    private final OutageLog outage = new OutageLog(LoggerFactory.getLogger(RedisTranscriptLog.class));

    // KEYS: list, member set, all set; ARGV: turn, max, conversation json
    private static final String APPEND =
            """
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            redis.call('SADD', KEYS[2], ARGV[3])
            redis.call('SADD', KEYS[3], ARGV[3])
            return 1
            """;

    // KEYS: list, member set, all set; ARGV: conversation json, turns…
    private static final String REPLACE =
            """
            redis.call('DEL', KEYS[1])
            if #ARGV < 2 then
              redis.call('SREM', KEYS[2], ARGV[1])
              redis.call('SREM', KEYS[3], ARGV[1])
              return 0
            end
            for i = 2, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
            redis.call('SADD', KEYS[2], ARGV[1])
            redis.call('SADD', KEYS[3], ARGV[1])
            return 1
            """;

    private final RedisStores redis;
    private final int maxTurns;

    public RedisTranscriptLog(RedisStores redis, int maxTurns) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1: " + maxTurns);
        }
        this.redis = redis;
        this.maxTurns = maxTurns;
    }

    @Override
    public void append(ConversationKey conversation, Turn turn) {
        String[] keys = {list(conversation), memberSet(conversation), all()};
        String turnJson = redis.codec().write(turn);
        String conversationJson = redis.codec().write(conversation);
        redis.writeBehind()
                .write(
                        "transcript",
                        () -> redis.evalAsync(
                                APPEND,
                                ScriptOutputType.INTEGER,
                                keys,
                                turnJson,
                                String.valueOf(maxTurns),
                                conversationJson));
    }

    @Override
    public List<Turn> recent(ConversationKey conversation) {
        List<String> stored;
        try {
            stored = redis.commands().lrange(list(conversation), 0, -1);
        } catch (RedisException e) {
            outage.failed("no recent turns read", e);
            return List.of();
        }
        outage.succeeded();
        return turns(stored);
    }

    private List<Turn> turns(List<String> stored) {
        return stored.stream()
                .map(json -> redis.codec().read(json, Turn.class))
                .distinct()
                .sorted(Comparator.comparing(Turn::at))
                .toList();
    }

    /**
     * Hands every conversation with its turns (as {@link #recent} reads them) to {@code sink},
     * walking the set of conversations with {@code SSCAN} {@code pageSize} at a time, for backups.
     * Blocks for two round trips per page (the turns are read pipelined); throws the core's
     * {@code StoreUnavailableException} when Redis does not answer.
     */
    public void each(int pageSize, BiConsumer<ConversationKey, List<Turn>> sink) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScanCursor from = cursor;
            ValueScanCursor<String> page = RedisStores.orUnavailable(
                    "transcript export", () -> redis.commands().sscan(all(), from, ScanArgs.Builder.limit(pageSize)));
            for (String json : page.getValues()) {
                ConversationKey conversation = redis.codec().read(json, ConversationKey.class);
                List<String> stored = RedisStores.orUnavailable(
                        "transcript export", () -> redis.commands().lrange(list(conversation), 0, -1));
                sink.accept(conversation, turns(stored));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    /**
     * Replaces a conversation's turns with these (the last {@code maxTurns} of them), for restoring
     * a backup: restoring the same turns twice keeps each once. Sent without waiting for the reply,
     * which the caller waits for.
     */
    public CompletionStage<Long> replace(ConversationKey conversation, List<Turn> turns) {
        List<Turn> kept = turns.subList(Math.max(0, turns.size() - maxTurns), turns.size());
        String[] values = kept.stream().map(turn -> redis.codec().write(turn)).toArray(String[]::new);
        String conversationJson = redis.codec().write(conversation);
        return redis.evalAsync(
                REPLACE,
                ScriptOutputType.INTEGER,
                new String[] {list(conversation), memberSet(conversation), all()},
                withFirst(conversationJson, values));
    }

    private static String[] withFirst(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public List<ConversationKey> conversationsOf(AccountId member) {
        return redis.commands().smembers(redis.key("transcripts", "of", member.toString())).stream()
                .map(json -> redis.codec().read(json, ConversationKey.class))
                .toList();
    }

    @Override
    public void forget(ConversationKey conversation) {
        String json = redis.codec().write(conversation);
        redis.commands().del(list(conversation));
        redis.commands().srem(memberSet(conversation), json);
        redis.commands().srem(all(), json);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        int removed = 0;
        for (String json : redis.commands().smembers(all())) {
            ConversationKey conversation = redis.codec().read(json, ConversationKey.class);
            List<Turn> turns = recent(conversation);
            int old = 0;
            while (old < turns.size() && turns.get(old).at().isBefore(cutoff)) {
                old++;
            }
            if (old == turns.size()) {
                forget(conversation);
            } else if (old > 0) {
                redis.commands().ltrim(list(conversation), old, -1);
            }
            removed += old;
        }
        return removed;
    }

    private String list(ConversationKey conversation) {
        return redis.key(
                "transcript",
                conversation.platform().name().toLowerCase(Locale.ROOT),
                conversation.chat().id(),
                conversation.userId());
    }

    private String memberSet(ConversationKey conversation) {
        return redis.key("transcripts", "of", new AccountId(conversation.platform(), conversation.userId()).toString());
    }

    private String all() {
        return redis.key("transcripts");
    }
}
