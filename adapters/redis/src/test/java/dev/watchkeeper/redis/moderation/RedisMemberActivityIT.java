package dev.watchkeeper.redis.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.MemberActivityContract;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisMemberActivityIT extends MemberActivityContract {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef CAROL = UserRef.member(Platform.TELEGRAM, "9");
    private static final UserRef DAVE = UserRef.member(Platform.TELEGRAM, "10");

    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Override
    protected MemberActivity newActivity() {
        return activity(connections.open(TestRedis.freshPrefix()), 100);
    }

    private MemberActivity activity(RedisStores redis, int maxNew) {
        return new RedisMemberActivity(redis, WINDOW, 1000, maxNew, clock);
    }

    private static void post(MemberActivity activity, UserRef member, int messages) {
        for (int i = 0; i < messages; i++) {
            activity.countMessage(GROUP, member);
        }
    }

    @Test
    void instancesShareTheCountsOfNewMembers() {
        String prefix = TestRedis.freshPrefix();
        MemberActivity first = activity(connections.open(prefix), 100);
        MemberActivity second = activity(connections.open(prefix), 100);

        first.countMessage(GROUP, CAROL);
        first.countMessage(GROUP, CAROL);

        assertThat(second.countMessage(GROUP, CAROL)).isEqualTo(2);
        assertThat(first.countMessage(GROUP, CAROL)).isEqualTo(3);
    }

    @Test
    void theHashKeepsNoCounterOfSettledMembers() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        MemberActivity activity = activity(redis, 100);

        post(activity, CAROL, WINDOW + 3);
        post(activity, DAVE, 2);

        String counts = redis.key("activity", "telegram", "-100");
        assertThat(redis.commands().hgetall(counts)).containsOnlyKeys("10").containsEntry("10", "2");
        assertThat(redis.commands().ttl(counts)).isPositive();
        assertThat(redis.commands().ttl(redis.key("settled", "telegram", "-100", "9")))
                .isPositive()
                .isLessThanOrEqualTo(RedisMemberActivity.RETENTION.toSeconds());
    }

    @Test
    void aSettledMemberStaysSettledAfterARestartWithinTheRetention() {
        String prefix = TestRedis.freshPrefix();
        post(activity(connections.open(prefix), 100), CAROL, WINDOW);

        clock.advance(Duration.ofDays(90));
        MemberActivity restarted = activity(connections.open(prefix), 100);

        assertThat(restarted.countMessage(GROUP, CAROL)).isEqualTo(WINDOW);
        assertThat(restarted.countMessage(GROUP, DAVE)).isZero();
    }

    @Test
    void aSettledMemberCostsNoRoundTrip() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        MemberActivity activity = activity(redis, 100);
        post(activity, CAROL, WINDOW);
        // Were Redis asked, Carol would now be new again.
        redis.commands().del(redis.key("settled", "telegram", "-100", "9"));

        for (int i = 0; i < 10; i++) {
            assertThat(activity.countMessage(GROUP, CAROL)).isEqualTo(WINDOW);
        }

        assertThat(redis.commands().hgetall(redis.key("activity", "telegram", "-100")))
                .isEmpty();
    }

    @Test
    void anInstanceChecksAnOldMemoryOfASettledMemberAndExtendsTheMarker() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        MemberActivity activity = activity(redis, 100);
        post(activity, CAROL, WINDOW);
        String marker = redis.key("settled", "telegram", "-100", "9");
        redis.commands().expire(marker, 60);

        clock.advance(RedisMemberActivity.REFRESH_AFTER);

        assertThat(activity.countMessage(GROUP, CAROL)).isEqualTo(WINDOW);
        assertThat(redis.commands().ttl(marker)).isGreaterThan(60);
    }

    @Test
    void theHashOfNewMembersStartsOverWhenFull() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        MemberActivity activity = activity(redis, 2);
        post(activity, CAROL, 3);
        post(activity, DAVE, 1);

        activity.countMessage(GROUP, UserRef.member(Platform.TELEGRAM, "11"));

        assertThat(redis.commands().hgetall(redis.key("activity", "telegram", "-100")))
                .containsOnlyKeys("11");
        assertThat(activity.countMessage(GROUP, CAROL)).isZero();
    }

    @Test
    void aCounterLeftPastTheWindowSettlesTheMember() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        String counts = redis.key("activity", "telegram", "-100");
        redis.commands().hset(counts, "9", "40");

        assertThat(activity(redis, 100).countMessage(GROUP, CAROL)).isEqualTo(WINDOW);

        assertThat(redis.commands().hexists(counts, "9")).isFalse();
        assertThat(activity(redis, 100).countMessage(GROUP, CAROL)).isEqualTo(WINDOW);
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
