package dev.watchkeeper.config.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.model.Platform;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MicrometerSendMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerSendMetrics metrics = new MicrometerSendMetrics(registry);

    @Test
    void reportsQueueDepthWaitingTimeAndDropsPerPlatformAndPriority() {
        AtomicInteger depth = new AtomicInteger(7);
        metrics.depth(Platform.TELEGRAM, SendPriority.REPLY, depth::get);
        metrics.sent(Platform.TELEGRAM, SendPriority.MODERATION, Duration.ofMillis(120));
        metrics.sent(Platform.TELEGRAM, SendPriority.MODERATION, Duration.ofMillis(80));
        metrics.dropped(Platform.TELEGRAM, SendPriority.REPLY);

        assertThat(registry.get("watchkeeper.send.queue.depth")
                        .tags("platform", "telegram", "priority", "reply")
                        .gauge()
                        .value())
                .isEqualTo(7.0);
        depth.set(2);
        assertThat(registry.get("watchkeeper.send.queue.depth").gauge().value()).isEqualTo(2.0);
        var wait = registry.get("watchkeeper.send.wait")
                .tags("platform", "telegram", "priority", "moderation")
                .timer();
        assertThat(wait.count()).isEqualTo(2);
        assertThat(wait.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(200.0);
        assertThat(registry.get("watchkeeper.send.dropped")
                        .tags("priority", "reply")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void countsTheTooManyRequestsAnswersOfEachPlatform() {
        metrics.rateLimited(Platform.TELEGRAM, Duration.ofSeconds(3));
        metrics.rateLimited(Platform.TELEGRAM, Duration.ofSeconds(1));

        assertThat(registry.get("watchkeeper.send.rate.limited")
                        .tag("platform", "telegram")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void registersTheQueuedPlatformsMetersAtZeroBeforeTheFirstSend() {
        SimpleMeterRegistry fresh = new SimpleMeterRegistry();

        new MicrometerSendMetrics(
                fresh, java.util.List.of(Platform.TELEGRAM), java.util.List.of(Platform.TELEGRAM, Platform.DISCORD));

        assertThat(fresh.get("watchkeeper.send.rate.limited").counters())
                .hasSize(2)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(fresh.get("watchkeeper.send.dropped").counters()).hasSize(SendPriority.values().length);
        assertThat(fresh.get("watchkeeper.send.wait").timers()).hasSize(SendPriority.values().length);
        assertThat(fresh.find("watchkeeper.send.dropped")
                        .tag("platform", "discord")
                        .counter())
                .isNull();
    }
}
