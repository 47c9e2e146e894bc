package dev.watchkeeper.config.store;

import dev.watchkeeper.config.bot.OutboundRouter;
import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.bot.RedisDecisionConsumer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * While the application runs, reads the decision stream of every platform with an adapter
 * registered at start-up, so that decisions other instances hand over are carried out here. An
 * adapter registered later (the console demo's) only receives its own decisions. Starts after the
 * platform runners and stops before them, so that nothing is sent through a stopped adapter.
 */
final class RedisOutboundConsumers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RedisOutboundConsumers.class);

    private final RedisStores redis;
    private final OutboundRouter router;
    private final RedisStoreProperties properties;
    private final String name = instanceName();
    private final List<RedisDecisionConsumer> running = new ArrayList<>();

    RedisOutboundConsumers(RedisStores redis, OutboundRouter router, RedisStoreProperties properties) {
        this.redis = redis;
        this.router = router;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        // Below the command timeout, so that a read with nothing to return is not a failure.
        Duration block = properties.timeout().dividedBy(2).compareTo(Duration.ofSeconds(1)) < 0
                ? properties.timeout().dividedBy(2)
                : Duration.ofSeconds(1);
        router.adapters().forEach((platform, adapter) -> {
            running.add(RedisDecisionConsumer.start(
                    redis, platform, adapter, name, block, properties.outboundClaimAfter()));
            log.info("Taking {} decisions handed over by other instances (as {})", platform, name);
        });
    }

    @Override
    public synchronized void stop() {
        running.forEach(RedisDecisionConsumer::close);
        running.clear();
    }

    @Override
    public int getPhase() {
        return PlatformRunner.PHASE + 1;
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        // The pid alone repeats across containers; the random part keeps two instances apart.
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
