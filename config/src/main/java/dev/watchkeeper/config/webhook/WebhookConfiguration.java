package dev.watchkeeper.config.webhook;

import dev.watchkeeper.config.store.ConditionalOnMemoryStore;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.InMemoryEventQueue;
import dev.watchkeeper.webhook.Webhooks;
import java.time.Clock;
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

    @Bean(destroyMethod = "close")
    Webhooks webhooks(WebhookProperties properties, EventQueue queue, Clock clock) {
        return Webhooks.start(properties.toEndpoints(), queue, properties.backoff(), properties.idlePoll(), clock);
    }

    @Bean
    DomainEvents domainEvents(WebhookProperties properties, Webhooks webhooks) {
        return properties.endpoints().isEmpty() ? DomainEvents.NONE : webhooks.events();
    }
}
