package dev.watchkeeper.config.webhook;

import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.InMemoryEventQueue;
import dev.watchkeeper.webhook.WebhookEndpoint;
import dev.watchkeeper.webhook.Webhooks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Webhooks: the desks tell their events to the {@link DomainEvents} bean, which queues them per
 * endpoint (in memory, or in Redis with {@code watchkeeper.store=redis}); a sender per endpoint
 * posts them. With no endpoint set, events go nowhere and no sender runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfiguration {

    @Bean
    @ConditionalOnMemoryStore
    EventQueue eventQueue() {
        return new InMemoryEventQueue();
    }

    /**
     * Starts the senders, with two gauges per endpoint: events waiting and dead letters (not a
     * number while the queue's store does not answer).
     */
    @Bean(destroyMethod = "close")
    Webhooks webhooks(WebhookProperties properties, EventQueue queue, Clock clock, MeterRegistry registry) {
        List<WebhookEndpoint> endpoints = properties.toEndpoints();
        for (WebhookEndpoint endpoint : endpoints) {
            String name = endpoint.name();
            Gauge.builder("watchkeeper.webhooks.pending", queue, q -> count(() -> q.pending(name)))
                    .description("Webhook events waiting for delivery")
                    .tag("endpoint", name)
                    .register(registry);
            Gauge.builder("watchkeeper.webhooks.dead.letters", queue, q -> count(() -> q.deadLetterCount(name)))
                    .description("Webhook events given up on")
                    .tag("endpoint", name)
                    .register(registry);
        }
        return Webhooks.start(endpoints, queue, properties.backoff(), properties.idlePoll(), clock);
    }

    private static double count(LongSupplier read) {
        try {
            return read.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Bean
    DomainEvents domainEvents(WebhookProperties properties, Webhooks webhooks) {
        return properties.endpoints().isEmpty() ? DomainEvents.NONE : webhooks.events();
    }
}
