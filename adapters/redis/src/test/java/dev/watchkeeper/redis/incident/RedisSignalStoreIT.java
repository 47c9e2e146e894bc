package dev.watchkeeper.redis.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.incident.signal.SignalSample;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.incident.signal.SignalStoreContract;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSignalStoreIT extends SignalStoreContract {
    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    private Duration retention = Duration.ZERO;

    @Override
    protected SignalStore newStore(Duration retention) {
        this.retention = retention;
        return new RedisSignalStore(redis.open(), retention);
    }

    @Override
    protected SignalStore otherInstance(SignalStore current) {
        return new RedisSignalStore(redis.open(), retention);
    }

    @Test
    void everyKeyExpiresWithinTheRetentionAndAMinute() {
        RedisStores stores = redis.open();
        SignalStore store = new RedisSignalStore(stores, Duration.ofMinutes(30));
        long minute = Instant.now().getEpochSecond() / 60;
        for (int i = 0; i < 5; i++) {
            store.record("similar:withdrawal:stuck", minute + i, "telegram:" + i, sample("stuck " + i));
            store.record("withdrawal-pending", minute + i, "discord:" + i, sample(""));
        }
        store.claimAlert("withdrawal-pending", Instant.now(), Instant.now().plus(Duration.ofHours(1)));

        List<String> keys = stores.commands().keys(stores.keysStartingWith());

        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(keys).allSatisfy(key -> assertThat(stores.commands().ttl(key))
                .as(key)
                .isBetween(1L, Duration.ofHours(1).toSeconds()));
    }

    private static SignalSample sample(String example) {
        return new SignalSample(Platform.TELEGRAM, "en", example);
    }
}
