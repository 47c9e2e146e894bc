package dev.watchkeeper.webhook;

import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.EventQueue;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Webhooks at work: the publisher the desks tell their events to, and one running sender per
 * endpoint over the shared queue. Every sender sends with the same HTTP client (HTTP/1.1, no
 * redirects). {@link #close()} stops the senders; queued events stay for the next start.
 * Thread-safe.
 */
public final class Webhooks implements AutoCloseable {
    private final Map<String, EndpointSender> senders = new LinkedHashMap<>();
    private final WebhookPublisher publisher;

    private Webhooks(
            List<WebhookEndpoint> endpoints, EventQueue queue, Backoff backoff, Duration idlePoll, Clock clock) {
        Duration connect = endpoints.stream()
                .map(WebhookEndpoint::timeout)
                .max(Duration::compareTo)
                .orElse(Duration.ofSeconds(10));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connect)
                .build();
        for (WebhookEndpoint endpoint : endpoints) {
            if (senders.containsKey(endpoint.name())) {
                throw new IllegalArgumentException("two webhook endpoints are named " + endpoint.name());
            }
            senders.put(
                    endpoint.name(),
                    new EndpointSender(
                            endpoint,
                            queue,
                            new WebhookPoster(endpoint, client, clock),
                            backoff,
                            clock,
                            RandomGenerator.getDefault(),
                            idlePoll));
        }
        publisher =
                new WebhookPublisher(endpoints, queue, name -> senders.get(name).wake());
    }

    /**
     * Starts a sender per endpoint.
     *
     * @param idlePoll how often an idle sender looks for events queued by another instance
     * @throws IllegalArgumentException when two endpoints have the same name
     */
    public static Webhooks start(
            List<WebhookEndpoint> endpoints, EventQueue queue, Backoff backoff, Duration idlePoll, Clock clock) {
        Webhooks webhooks = new Webhooks(endpoints, queue, backoff, idlePoll, clock);
        webhooks.senders.values().forEach(EndpointSender::start);
        return webhooks;
    }

    /** Where the desks tell their events. */
    public DomainEvents events() {
        return publisher;
    }

    /** Stops every sender; what is queued stays queued. */
    @Override
    public void close() {
        senders.values().forEach(EndpointSender::close);
    }
}
