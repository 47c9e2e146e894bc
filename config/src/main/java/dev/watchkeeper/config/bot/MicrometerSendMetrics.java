package dev.watchkeeper.config.bot;

import static dev.watchkeeper.config.bot.MetricTags.tag;

import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The send queues' figures as Micrometer meters (served at {@code /actuator/prometheus}): {@code
 * watchkeeper.send.queue.depth} (gauge), {@code watchkeeper.send.wait} (timer with median, p90 and
 * p99, from queueing to the platform's answer) and {@code watchkeeper.send.dropped} (stale replies),
 * each tagged with the platform and the priority, and {@code watchkeeper.send.rate.limited} (the
 * platform's 429 answers) tagged with the platform. Thread-safe.
 */
public final class MicrometerSendMetrics implements SendMetrics {
    private final MeterRegistry registry;

    public MicrometerSendMetrics(MeterRegistry registry) {
        this(registry, List.of(), List.of());
    }

    /**
     * Registers at once, at zero, the waiting time and drops of the platforms whose sends are
     * queued and the 429s of the platforms that report them, so that dashboards and alerts see
     * them before the first message is sent.
     */
    public MicrometerSendMetrics(
            MeterRegistry registry, Collection<Platform> queued, Collection<Platform> rateLimited) {
        this.registry = registry;
        rateLimited.forEach(this::rateLimits);
        for (Platform platform : queued) {
            for (SendPriority priority : SendPriority.values()) {
                waits(platform, priority);
                drops(platform, priority);
            }
        }
    }

    @Override
    public void depth(Platform platform, SendPriority priority, IntSupplier depth) {
        Gauge.builder("watchkeeper.send.queue.depth", depth, IntSupplier::getAsInt)
                .description("Outbound actions waiting or running in the send queue")
                .tag("platform", tag(platform))
                .tag("priority", tag(priority))
                .register(registry);
    }

    @Override
    public void sent(Platform platform, SendPriority priority, Duration waited) {
        waits(platform, priority).record(waited);
    }

    @Override
    public void dropped(Platform platform, SendPriority priority) {
        drops(platform, priority).increment();
    }

    @Override
    public void rateLimited(Platform platform, Duration retryAfter) {
        rateLimits(platform).increment();
    }

    private Timer waits(Platform platform, SendPriority priority) {
        return Timer.builder("watchkeeper.send.wait")
                .description("Time from queueing an outbound action to the platform's answer")
                .tag("platform", tag(platform))
                .tag("priority", tag(priority))
                .publishPercentiles(0.5, 0.9, 0.99)
                .register(registry);
    }

    private Counter drops(Platform platform, SendPriority priority) {
        return Counter.builder("watchkeeper.send.dropped")
                .description("Replies dropped because they waited longer than the limit")
                .tag("platform", tag(platform))
                .tag("priority", tag(priority))
                .register(registry);
    }

    private Counter rateLimits(Platform platform) {
        return Counter.builder("watchkeeper.send.rate.limited")
                .description("Calls the platform refused for sending too fast (HTTP 429), each retried later")
                .tag("platform", tag(platform))
                .register(registry);
    }
}
