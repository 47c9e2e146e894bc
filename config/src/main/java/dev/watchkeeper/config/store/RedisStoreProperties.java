package dev.watchkeeper.config.store;

import dev.watchkeeper.redis.RedisStores;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Redis store, used when {@code watchkeeper.store=redis}.
 *
 * @param url {@code redis://[:password@]host:port[/db]}, {@code rediss://…} (TLS), {@code
 *     redis-sentinel://host:26379,host2:26379#mymaster}, or a Cluster as comma-separated seed
 *     URIs; a password in it is never logged (set it from the environment: {@code
 *     WATCHKEEPER_REDIS_URL})
 * @param prefix the prefix of every key; in a Cluster give it a hash tag, {@code {wk}:}
 * @param timeout how long one command may take before it counts as failed
 * @param bufferedWrites how many writes may wait out an outage before new ones are dropped
 * @param dedupWindow how long a platform event id is remembered for de-duplication
 * @param outboundBacklog how many batches of decisions a platform's stream keeps for the instances
 *     that run it (approximately; the oldest go first when no instance takes them)
 * @param outboundClaimAfter how long a batch taken by an instance stays unacknowledged before
 *     another instance takes it over (the first crashed, or its adapter failed)
 * @param learningSync how often an instance takes in the scam samples and domain list changes
 *     other instances stored
 */
@Validated
@ConfigurationProperties("watchkeeper.redis")
public record RedisStoreProperties(
        @DefaultValue("redis://localhost:6379") @NotBlank String url,
        @DefaultValue("wk:") @NotBlank String prefix,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("10000") @Min(1) int bufferedWrites,
        @DefaultValue("24h") Duration dedupWindow,
        @DefaultValue("100000") @Min(1) long outboundBacklog,
        @DefaultValue("60s") Duration outboundClaimAfter,
        @DefaultValue("30s") Duration learningSync) {
    @Override
    public String toString() {
        return "RedisStoreProperties[url=" + RedisStores.redacted(url) + ", prefix=" + prefix
                + ", timeout=" + timeout + ", bufferedWrites=" + bufferedWrites + ", dedupWindow=" + dedupWindow
                + ", outboundBacklog=" + outboundBacklog + ", outboundClaimAfter=" + outboundClaimAfter
                + ", learningSync=" + learningSync + "]";
    }
}
