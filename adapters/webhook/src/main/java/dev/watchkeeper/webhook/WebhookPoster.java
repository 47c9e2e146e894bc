package dev.watchkeeper.webhook;

import dev.watchkeeper.core.event.QueuedEvent;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Makes one signed POST of an event to an endpoint, with the JDK's HTTP client, and says what came
 * of it. A fresh timestamp and signature per attempt; the same idempotency key on every one.
 * Redirects are not followed. Blocks for the attempt, at most the endpoint's timeout; thread-safe.
 */
final class WebhookPoster {
    private final WebhookEndpoint endpoint;
    private final WebhookSignature signature;
    private final HttpClient client;
    private final Clock clock;

    WebhookPoster(WebhookEndpoint endpoint, HttpClient client, Clock clock) {
        this.endpoint = endpoint;
        this.signature = new WebhookSignature(endpoint.secret());
        this.client = client;
        this.clock = clock;
    }

    AttemptOutcome post(QueuedEvent event) throws InterruptedException {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Watchkeeper-Webhooks/1")
                .header(WebhookHeaders.EVENT, event.type())
                .header(WebhookHeaders.DELIVERY, event.id())
                .header(WebhookHeaders.IDEMPOTENCY_KEY, event.id())
                .header(WebhookHeaders.TIMESTAMP, timestamp)
                .header(WebhookHeaders.SIGNATURE, signature.sign(timestamp, event.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(event.payload()))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return AttemptOutcome.ofStatus(
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    clock.instant());
        } catch (IOException e) {
            return AttemptOutcome.failed(e);
        }
    }
}
