package dev.watchkeeper.redis.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.MemberActivityContract;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisMemberActivityIT extends MemberActivityContract {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef CAROL = UserRef.member(Platform.TELEGRAM, "9");

    private final TestRedis.Connections connections = TestRedis.shared().connections();

    @Override
    protected MemberActivity newActivity() {
        return new RedisMemberActivity(connections.open(TestRedis.freshPrefix()), WINDOW, 1000);
    }

    @Test
    void instancesShareTheCountsOfNewMembers() {
        String prefix = TestRedis.freshPrefix();
        MemberActivity first = new RedisMemberActivity(connections.open(prefix), WINDOW, 1000);
        MemberActivity second = new RedisMemberActivity(connections.open(prefix), WINDOW, 1000);

        first.countMessage(GROUP, CAROL);
        first.countMessage(GROUP, CAROL);

        assertThat(second.countMessage(GROUP, CAROL)).isEqualTo(2);
        assertThat(first.countMessage(GROUP, CAROL)).isEqualTo(3);
    }

    @Test
    void aSettledMemberCostsNoRoundTrip() {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        MemberActivity activity = new RedisMemberActivity(redis, WINDOW, 1000);
        for (int i = 0; i <= WINDOW; i++) {
            activity.countMessage(GROUP, CAROL);
        }
        String stored = redis.commands().hget(redis.key("activity", "telegram", "-100"), "9");

        for (int i = 0; i < 10; i++) {
            assertThat(activity.countMessage(GROUP, CAROL)).isEqualTo(WINDOW);
        }

        assertThat(redis.commands().hget(redis.key("activity", "telegram", "-100"), "9"))
                .isEqualTo(stored);
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
