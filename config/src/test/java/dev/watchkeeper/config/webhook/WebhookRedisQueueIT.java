package dev.watchkeeper.config.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketOpened;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.event.RedisEventQueue;
import dev.watchkeeper.webhook.TestReceiver;
import dev.watchkeeper.webhook.WebhookVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on a real Redis with a webhook endpoint: events queued in Redis survive the
 * application being stopped while the receiver is failing, and the next start delivers every one,
 * once by its key and in order.
 */
class WebhookRedisQueueIT {
    private static final String SECRET = "redis-it-secret-0123456789";

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();

    private ConfigurableApplicationContext start(TestReceiver receiver) {
        return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--watchkeeper.store=redis",
                        "--watchkeeper.redis.url=" + redis.url(),
                        "--watchkeeper.redis.prefix=" + prefix,
                        "--watchkeeper.webhooks.initial-backoff=50ms",
                        "--watchkeeper.webhooks.max-backoff=1s",
                        "--watchkeeper.webhooks.endpoints[0].name=warehouse",
                        "--watchkeeper.webhooks.endpoints[0].url=" + receiver.url(),
                        "--watchkeeper.webhooks.endpoints[0].secret=" + SECRET);
    }

    @Test
    void eventsQueuedWhenTheApplicationStopsAreDeliveredAfterItsRestart() throws InterruptedException {
        List<TestReceiver.Failure> script = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> script.add(new TestReceiver.Failure.Accept()));
        script.add(new TestReceiver.Failure.AnswerLost());
        IntStream.range(0, 8).forEach(i -> script.add(TestReceiver.Failure.status(503)));
        List<String> ids = new ArrayList<>();
        try (TestReceiver receiver =
                TestReceiver.start(SECRET).failingFirst(script.toArray(TestReceiver.Failure[]::new))) {
            try (ConfigurableApplicationContext first = start(receiver)) {
                assertThat(first.getBean(EventQueue.class)).isInstanceOf(RedisEventQueue.class);
                DomainEvents events = first.getBean(DomainEvents.class);
                for (int n = 1; n <= 20; n++) {
                    TicketOpened opened = opened(n);
                    ids.add(opened.id());
                    events.publish(opened);
                }
                assertThat(receiver.awaitProcessed(6, Duration.ofSeconds(20))).isTrue();
                assertThat(first.getBean(EventQueue.class).pending("warehouse")).isGreaterThan(10);
                assertThat(pendingGauge(first)).isGreaterThan(10);
            }
            int processedWhileStopped = receiver.processed().size();
            Thread.sleep(500);
            assertThat(receiver.processed()).hasSize(processedWhileStopped);

            try (ConfigurableApplicationContext second = start(receiver)) {
                DomainEvents events = second.getBean(DomainEvents.class);
                for (int n = 21; n <= 25; n++) {
                    TicketOpened opened = opened(n);
                    ids.add(opened.id());
                    events.publish(opened);
                }
                assertThat(receiver.awaitProcessed(25, Duration.ofSeconds(60)))
                        .as("processed %s", receiver.processedKeys())
                        .isTrue();
                // the receiver processed the last event; its sender removes it once the answer is in
                EventQueue queue = second.getBean(EventQueue.class);
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (queue.pending("warehouse") > 0 && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertThat(queue.pending("warehouse")).isZero();
                assertThat(queue.deadLetters("warehouse")).isEmpty();
                assertThat(pendingGauge(second)).isZero();
            }
            assertThat(receiver.processedKeys()).containsExactlyElementsOf(ids);
            assertThat(receiver.requests()).hasSizeGreaterThan(ids.size());
            assertThat(receiver.requests())
                    .allSatisfy(r -> assertThat(r.signature()).isEqualTo(WebhookVerifier.Result.VALID));
        }
    }

    private static double pendingGauge(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .get("watchkeeper.webhooks.pending")
                .tag("endpoint", "warehouse")
                .gauge()
                .value();
    }

    private static TicketOpened opened(int number) {
        TicketFacts facts = new TicketFacts(
                TicketId.of("WK", number), Platform.TELEGRAM, "telegram:42", "-100", "other", "normal", "open");
        return TicketOpened.of(facts, 1, Instant.now(), "requested", "en");
    }
}
