package dev.watchkeeper.redis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.DecisionOutboxContract;
import dev.watchkeeper.core.outbox.OutboxEntry;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisDecisionOutboxIT extends DecisionOutboxContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    private final List<RedisDecisionOutbox> opened = new ArrayList<>();

    @Override
    protected DecisionOutbox outbox() {
        RedisDecisionOutbox outbox = new RedisDecisionOutbox(redis.open());
        opened.add(outbox);
        return outbox;
    }

    @AfterEach
    void close() {
        opened.forEach(RedisDecisionOutbox::close);
    }

    @Test
    void anotherInstanceOnTheSameRedisSeesWhatOneRecordedAndWhatItLeft() throws Exception {
        DecisionOutbox first = outbox();
        first.append(Platform.TELEGRAM, batch("left behind"));
        first.take(Platform.TELEGRAM, "first", 10, Duration.ofMillis(50));

        DecisionOutbox second = outbox();
        Thread.sleep(150);

        assertThat(second.pending(Platform.TELEGRAM)).isEqualTo(1);
        assertThat(second.claimIdle(Platform.TELEGRAM, "second", Duration.ofMillis(100), 10))
                .singleElement()
                .satisfies(e -> assertThat(e.decisions()).isEqualTo(batch("left behind")));
    }

    @Test
    void aDoneEntryLeavesTheStreamAndItsSendersClaimsAtOnce() {
        RedisStores stores = redis.open();
        DecisionOutbox outbox = new RedisDecisionOutbox(stores);
        String id = outbox.append(Platform.TELEGRAM, batch("sent"));
        outbox.take(Platform.TELEGRAM, "sender", 10, Duration.ofMillis(50));

        outbox.done(Platform.TELEGRAM, id);

        String stream = RedisDecisionOutbox.streamKey(stores, Platform.TELEGRAM);
        assertThat(stores.commands().xlen(stream)).isZero();
        assertThat(stores.commands().xpending(stream, RedisDecisionOutbox.GROUP).getCount())
                .isZero();
    }

    @Test
    void theStreamIsOnePerPlatformUnderThePrefix() {
        RedisStores stores = redis.open();
        new RedisDecisionOutbox(stores).append(Platform.DISCORD, batch("x"));

        assertThat(stores.commands().xlen(RedisDecisionOutbox.streamKey(stores, Platform.DISCORD)))
                .isEqualTo(1);
        assertThat(RedisDecisionOutbox.streamKey(stores, Platform.TELEGRAM)).endsWith("outbox:telegram");
    }

    @Test
    void aTakeWaitingForOnePlatformDoesNotHoldUpAnothers() throws Exception {
        DecisionOutbox outbox = outbox();
        Thread waiting =
                Thread.ofPlatform().start(() -> outbox.take(Platform.TELEGRAM, "sender", 10, Duration.ofSeconds(3)));
        Thread.sleep(200);
        outbox.append(Platform.DISCORD, batch("for Discord"));

        long began = System.nanoTime();
        List<OutboxEntry> taken = outbox.take(Platform.DISCORD, "sender", 10, Duration.ofSeconds(3));

        assertThat(taken).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
        waiting.join();
    }
}
