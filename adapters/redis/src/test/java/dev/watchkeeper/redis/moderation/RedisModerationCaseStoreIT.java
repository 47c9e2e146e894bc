package dev.watchkeeper.redis.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationCaseStoreContract;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisModerationCaseStoreIT extends ModerationCaseStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    @Override
    protected ModerationCaseStore newStore() {
        return new RedisModerationCaseStore(redis.open());
    }

    @Override
    protected ModerationCaseStore reopened(ModerationCaseStore current) {
        return new RedisModerationCaseStore(redis.open());
    }

    @Test
    void indexesOpenCasesStoredBeforeTheQueueIndexAtTheFirstPageAndResolvesThem() {
        RedisStores stores = redis.open();
        RedisModerationCaseStore store = new RedisModerationCaseStore(stores);
        Instant t = Instant.parse("2026-11-21T12:00:00Z");
        ModerationCase older = openCase(CaseId.of(1), t);
        ModerationCase newer = openCase(CaseId.of(2), t.plusSeconds(60));
        for (ModerationCase c : new ModerationCase[] {newer, older}) {
            // as a version without the queue index stored them
            stores.commands()
                    .hset(
                            stores.key("case", c.id().value()),
                            java.util.Map.of(
                                    "status", "OPEN", "data", stores.codec().write(c)));
            stores.commands().zadd(stores.key("cases", "open"), c.createdAt().toEpochMilli(), c.id().value());
        }

        assertThat(store.openByUrgency(0, 10)).containsExactly(older, newer);
        assertThat(store.resolve(
                        older,
                        older.resolved(
                                ModerationCase.Status.DISMISSED,
                                new ModerationCase.Resolution(older.author(), "dismiss", t))))
                .isPresent();
        assertThat(store.openByUrgency(0, 10)).containsExactly(newer);
        assertThat(stores.commands().zcard(stores.key("cases", "queue"))).isEqualTo(1);
    }
}
