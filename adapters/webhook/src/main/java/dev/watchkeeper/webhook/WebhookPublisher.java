package dev.watchkeeper.webhook;

import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.event.DomainEvent;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.QueuedEvent;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desks' {@link DomainEvents} when webhooks are on: writes each event's body once and appends
 * it to the queue of every endpoint that wants its kind. Never throws: an event the queue cannot
 * take is logged by id and type (never its body). Thread-safe; blocks as long as the queue's
 * append does (one round trip for Redis, none in memory).
 */
public final class WebhookPublisher implements DomainEvents {
    private static final Logger log = LoggerFactory.getLogger(WebhookPublisher.class);

    private final List<WebhookEndpoint> endpoints;
    private final EventQueue queue;
    private final WebhookPayload payload = new WebhookPayload();
    private final Consumer<String> appended;
    private final FailureLog failures = new FailureLog(log);

    /**
     * @param appended told the endpoint's name after an event was queued for it
     */
    public WebhookPublisher(List<WebhookEndpoint> endpoints, EventQueue queue, Consumer<String> appended) {
        this.endpoints = List.copyOf(endpoints);
        this.queue = queue;
        this.appended = appended;
    }

    @Override
    public void publish(DomainEvent event) {
        QueuedEvent queued = null;
        for (WebhookEndpoint endpoint : endpoints) {
            if (!endpoint.wants(event.type())) {
                continue;
            }
            try {
                if (queued == null) {
                    queued = payload.queued(event);
                }
                queue.append(endpoint.name(), queued);
                appended.accept(endpoint.name());
            } catch (RuntimeException e) {
                failures.failed(
                        "queueing a " + event.type().wireName() + " webhook for " + endpoint.name(), event.id(), e);
            }
        }
    }
}
