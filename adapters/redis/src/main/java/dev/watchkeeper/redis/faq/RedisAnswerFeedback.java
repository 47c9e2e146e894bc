package dev.watchkeeper.redis.faq;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.faq.VoteCounts;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.redis.RedisStores;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer votes as plain integer counters in three Redis hashes: votes per entry id in {@code
 * wk:feedback:helpful} and {@code wk:feedback:unhelpful}, and in {@code wk:feedback:totals} the
 * votes per platform ({@code telegram:helpful}, {@code telegram:unhelpful}, …) with {@code since},
 * the earliest vote's epoch milliseconds. One Lua script counts a vote in all of them at once, so
 * a retried vote never counts in one and not the others. Shared by instances and kept across
 * restarts.
 *
 * <p>Votes wait in the write-behind buffer while Redis is unreachable; reads throw then.
 * Thread-safe; {@link #record} is one round trip, {@link #totals} two, {@link #summary} three.
 */
public final class RedisAnswerFeedback implements AnswerFeedback {
    private static final String RECORD =
            """
            redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
            local since = redis.call('HGET', KEYS[2], 'since')
            if not since or tonumber(ARGV[3]) < tonumber(since) then
              redis.call('HSET', KEYS[2], 'since', ARGV[3])
            end
            return 1
            """;
    // KEYS: helpful, unhelpful, totals; ARGV: since (or ''), entry count, (entry, helpful, unhelpful)…,
    // (platform field, count)…
    private static final String RESTORE =
            """
            local entries = tonumber(ARGV[2])
            local i = 3
            for _ = 1, entries do
              redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
              redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 2])
              i = i + 3
            end
            while i < #ARGV do
              redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            if ARGV[1] ~= '' then
              local since = redis.call('HGET', KEYS[3], 'since')
              if not since or tonumber(ARGV[1]) < tonumber(since) then redis.call('HSET', KEYS[3], 'since', ARGV[1]) end
            end
            return 1
            """;
    private static final String SINCE = "since";
    private static final String HELPFUL = "helpful";
    private static final String UNHELPFUL = "unhelpful";

    private final RedisStores redis;
    private final String helpfulKey;
    private final String unhelpfulKey;
    private final String totalsKey;

    public RedisAnswerFeedback(RedisStores redis) {
        this.redis = redis;
        this.helpfulKey = redis.key("feedback", HELPFUL);
        this.unhelpfulKey = redis.key("feedback", UNHELPFUL);
        this.totalsKey = redis.key("feedback", "totals");
    }

    @Override
    public void record(AnswerVote vote) {
        String[] keys = {vote.helpful() ? helpfulKey : unhelpfulKey, totalsKey};
        String platformField = platform(vote.platform()) + ":" + (vote.helpful() ? HELPFUL : UNHELPFUL);
        String at = String.valueOf(vote.at().toEpochMilli());
        redis.writeBehind()
                .writeAndWait(
                        "answer vote",
                        () -> redis.evalAsync(
                                RECORD, ScriptOutputType.INTEGER, keys, vote.entryId(), platformField, at));
    }

    @Override
    public FeedbackTotals totals(String entryId) {
        return new FeedbackTotals(
                count(redis.commands().hget(helpfulKey, entryId)),
                count(redis.commands().hget(unhelpfulKey, entryId)));
    }

    /** Two round trips: the helpful and the unhelpful hash. */
    @Override
    public Map<String, FeedbackTotals> byEntry() {
        Map<String, FeedbackTotals> byEntry = new HashMap<>();
        redis.commands()
                .hgetall(helpfulKey)
                .forEach((entry, n) -> byEntry.merge(entry, new FeedbackTotals(count(n), 0), FeedbackTotals::plus));
        redis.commands()
                .hgetall(unhelpfulKey)
                .forEach((entry, n) -> byEntry.merge(entry, new FeedbackTotals(0, count(n)), FeedbackTotals::plus));
        return byEntry;
    }

    @Override
    public FeedbackSummary summary(int mostUnhelpful) {
        VoteCounts counts = counts();
        return FeedbackSummary.of(counts.byEntry(), counts.byPlatform(), counts.since(), mostUnhelpful);
    }

    /** Every count, for a backup: three round trips. */
    public VoteCounts counts() {
        Map<String, FeedbackTotals> byEntry = byEntry();
        Map<String, String> totals = redis.commands().hgetall(totalsKey);
        Map<Platform, FeedbackTotals> byPlatform = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            byPlatform.put(
                    platform,
                    new FeedbackTotals(
                            count(totals.get(platform(platform) + ":" + HELPFUL)),
                            count(totals.get(platform(platform) + ":" + UNHELPFUL))));
        }
        String since = totals.get(SINCE);
        Instant first = since == null ? null : Instant.ofEpochMilli(Long.parseLong(since));
        byPlatform.values().removeIf(t -> t.votes() == 0);
        return new VoteCounts(byEntry, byPlatform, first);
    }

    /**
     * Sets the counts of a backup, now: each entry's and platform's counts become the backup's (so
     * restoring the same backup twice counts nothing twice), and the earliest vote is the earlier of
     * both. One round trip.
     */
    public void restore(VoteCounts counts) {
        List<String> args = new ArrayList<>();
        args.add(counts.since() == null ? "" : String.valueOf(counts.since().toEpochMilli()));
        counts.byEntry().forEach((entry, totals) -> {
            args.add(entry);
            args.add(String.valueOf(totals.helpful()));
            args.add(String.valueOf(totals.unhelpful()));
        });
        counts.byPlatform().forEach((platform, totals) -> {
            args.add(platform(platform) + ":" + HELPFUL);
            args.add(String.valueOf(totals.helpful()));
            args.add(platform(platform) + ":" + UNHELPFUL);
            args.add(String.valueOf(totals.unhelpful()));
        });
        args.add(1, String.valueOf(counts.byEntry().size()));
        RedisStores.orUnavailable(
                "vote import",
                () -> redis.<Long>eval(
                        RESTORE,
                        ScriptOutputType.INTEGER,
                        new String[] {helpfulKey, unhelpfulKey, totalsKey},
                        args.toArray(String[]::new)));
    }

    private static long count(@Nullable String value) {
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String platform(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }
}
