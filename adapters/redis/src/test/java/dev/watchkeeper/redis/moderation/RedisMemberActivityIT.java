package dev.watchkeeper.redis.moderation;

import dev.watchkeeper.core.moderation.MemberActivity;
import dev.watchkeeper.core.moderation.MemberActivityContract;
import dev.watchkeeper.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;

class RedisMemberActivityIT extends MemberActivityContract {
    private final TestRedis.Connections connections = TestRedis.shared().connections();

    @Override
    protected MemberActivity newActivity() {
        return new RedisMemberActivity(connections.open(TestRedis.freshPrefix()));
    }

    @AfterEach
    void close() {
        connections.close();
    }
}
