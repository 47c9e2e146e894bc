package dev.watchkeeper.redis.faq;

import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.faq.QuestionDay;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The question log in two Redis keys: the day counts in the hash {@code wk:questions:days} (fields
 * {@code 2026-11-21:answered}, {@code :missed}, {@code :helpful} and {@code :unhelpful}), and the latest missed questions,
 * newest first, as versioned JSON in the list {@code wk:questions:missed}, trimmed to its capacity.
 * One Lua script counts a write and forgets the counts of the day that has just fallen out of the
 * kept days, so both keys stay bounded. Shared by instances and kept across restarts.
 *
 * <p>Writes wait in the write-behind buffer while Redis is unreachable; reads throw the core's
 * {@code StoreUnavailableException} then. Thread-safe; one round trip per call.
 */
public final class RedisQuestionLog implements QuestionLog {
    // KEYS: days, missed; ARGV: field to count, field to forget, question JSON (or ''), capacity
    private static final String COUNT =
            """
            redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            redis.call('HDEL', KEYS[1], ARGV[2])
            if ARGV[3] ~= '' then
              redis.call('LPUSH', KEYS[2], ARGV[3])
              redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[4]) - 1)
            end
            return 1
            """;
    private static final String ANSWERED = ":answered";
    private static final String MISSED = ":missed";
    private static final String HELPFUL = ":helpful";
    private static final String UNHELPFUL = ":unhelpful";
    private static final List<String> KINDS = List.of(ANSWERED, MISSED, HELPFUL, UNHELPFUL);

    private final RedisStores redis;
    private final String daysKey;
    private final String missedKey;
    private final int capacity;
    private final int keptDays;

    /**
     * @param capacity the most missed questions kept, at least 1
     * @param keptDays how many days back the counts are kept, at least 1
     */
    public RedisQuestionLog(RedisStores redis, int capacity, int keptDays) {
        if (capacity < 1 || keptDays < 1) {
            throw new IllegalArgumentException("capacity and kept days must be at least 1");
        }
        this.redis = redis;
        this.daysKey = redis.key("questions", "days");
        this.missedKey = redis.key("questions", "missed");
        this.capacity = capacity;
        this.keptDays = keptDays;
    }

    @Override
    public void answered(Instant at) {
        count(at, ANSWERED, "");
    }

    @Override
    public void missed(MissedQuestion question) {
        count(question.at(), MISSED, redis.codec().write(question));
    }

    @Override
    public void voted(boolean helpful, Instant at) {
        count(at, helpful ? HELPFUL : UNHELPFUL, "");
    }

    private void count(Instant at, String kind, String question) {
        LocalDate day = QuestionLog.dayOf(at);
        String[] keys = {daysKey, missedKey};
        String forget = day.minusDays(keptDays) + kind;
        redis.writeBehind()
                .writeAndWait(
                        "question count",
                        () -> redis.evalAsync(
                                COUNT,
                                ScriptOutputType.INTEGER,
                                keys,
                                day + kind,
                                forget,
                                question,
                                String.valueOf(capacity)));
    }

    @Override
    public List<MissedQuestion> latestMissed(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return RedisStores.orUnavailable(
                        "missed questions", () -> redis.commands().lrange(missedKey, 0, limit - 1L))
                .stream()
                .map(json -> redis.codec().read(json, MissedQuestion.class))
                .toList();
    }

    @Override
    public List<QuestionDay> days(LocalDate first, LocalDate last) {
        List<QuestionDay> zeros = QuestionLog.zeros(first, last);
        List<String> fields = new ArrayList<>(zeros.size() * KINDS.size());
        for (QuestionDay zero : zeros) {
            KINDS.forEach(kind -> fields.add(zero.day() + kind));
        }
        List<KeyValue<String, String>> values = RedisStores.orUnavailable(
                "question counts", () -> redis.commands().hmget(daysKey, fields.toArray(String[]::new)));
        List<QuestionDay> days = new ArrayList<>(zeros.size());
        for (int i = 0; i < zeros.size(); i++) {
            int at = KINDS.size() * i;
            days.add(new QuestionDay(
                    zeros.get(i).day(),
                    count(values.get(at)),
                    count(values.get(at + 1)),
                    count(values.get(at + 2)),
                    count(values.get(at + 3))));
        }
        return days;
    }

    private static long count(KeyValue<String, String> value) {
        return value.hasValue() ? Long.parseLong(value.getValue()) : 0;
    }
}
