package dev.watchkeeper.config.webhook;

import dev.watchkeeper.core.event.EventType;
import dev.watchkeeper.webhook.Backoff;
import dev.watchkeeper.webhook.WebhookEndpoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.webhooks}: where ticket and moderation events are posted. Off while no
 * endpoint is set.
 *
 * @param endpoints the receivers
 * @param initialBackoff the wait after a first failed attempt, doubled per failure
 * @param maxBackoff the longest wait between attempts
 * @param idlePoll how often an idle sender looks for events another instance queued
 */
@Validated
@ConfigurationProperties("watchkeeper.webhooks")
public record WebhookProperties(
        @DefaultValue List<@Valid Endpoint> endpoints,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("5s") Duration idlePoll) {

    private static final String PREFIX = "watchkeeper.webhooks.";

    /**
     * One receiver.
     *
     * @param name names its queue and its log lines; default {@code endpoint-<index>}. Keep it
     *     when reordering endpoints, so queued events stay with their receiver
     * @param url where events are posted (http or https); never logged, as it may carry a token
     * @param secret the HMAC secret, at least 16 characters ({@code
     *     WATCHKEEPER_WEBHOOKS_ENDPOINTS_0_SECRET}); a secret
     * @param events the kinds to send ({@code ticket.opened}, {@code case.confirmed}, …); empty
     *     for all
     * @param timeout how long one attempt may take
     * @param maxAttempts attempts before an event goes to the dead letters
     * @param maxAge how old an event may get before it goes to the dead letters
     */
    public record Endpoint(
            @Nullable String name,
            @Nullable String url,
            @Nullable String secret,
            @DefaultValue Set<String> events,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("20") @Min(1) int maxAttempts,
            @DefaultValue("24h") Duration maxAge) {
        @Override
        public String toString() {
            return "Endpoint[name=" + name + ", url=" + (url == null ? "null" : "***") + ", secret="
                    + (secret == null ? "null" : "***") + ", events=" + events + ", timeout=" + timeout
                    + ", maxAttempts=" + maxAttempts + ", maxAge=" + maxAge + "]";
        }
    }

    /** The back-off between attempts. */
    Backoff backoff() {
        try {
            return new Backoff(initialBackoff, maxBackoff);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(
                    PREFIX + "max-backoff", maxBackoff, "must be at least initial-backoff, which must be positive");
        }
    }

    /** The endpoints as the adapter takes them; a setting that cannot work names itself in one line. */
    List<WebhookEndpoint> toEndpoints() {
        List<WebhookEndpoint> out = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            WebhookEndpoint endpoint = toEndpoint(i, endpoints.get(i));
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).name().equals(endpoint.name())) {
                    throw new InvalidConfigurationPropertyValueException(
                            PREFIX + "endpoints[" + i + "].name",
                            endpoint.name(),
                            "'" + endpoint.name() + "' already names endpoints[" + j
                                    + "]: each endpoint needs its own");
                }
            }
            out.add(endpoint);
        }
        return out;
    }

    private static WebhookEndpoint toEndpoint(int index, Endpoint e) {
        String at = PREFIX + "endpoints[" + index + "].";
        if (e.url() == null || e.url().isBlank()) {
            throw new InvalidConfigurationPropertyValueException(at + "url", null, "must be set");
        }
        URI url;
        try {
            url = new URI(e.url().strip());
        } catch (java.net.URISyntaxException ex) {
            throw new InvalidConfigurationPropertyValueException(at + "url", "***", "is not a URL");
        }
        String name = e.name() == null || e.name().isBlank() ? "endpoint-" + index : e.name();
        if (!WebhookEndpoint.isPostable(url)) {
            throw new InvalidConfigurationPropertyValueException(
                    at + "url", "***", "must be an absolute http or https URL with a host");
        }
        if (!WebhookEndpoint.isStrongEnough(e.secret())) {
            throw new InvalidConfigurationPropertyValueException(
                    at + "secret",
                    "***",
                    "must be set, at least " + WebhookEndpoint.MIN_SECRET_LENGTH
                            + " characters (from the environment)");
        }
        try {
            return new WebhookEndpoint(
                    name, url, e.secret(), types(at, e.events()), e.timeout(), e.maxAttempts(), e.maxAge());
        } catch (IllegalArgumentException ex) {
            throw new InvalidConfigurationPropertyValueException(at + "name", name, ex.getMessage());
        }
    }

    private static Set<EventType> types(String at, Set<String> names) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names) {
            types.add(EventType.fromWireName(name.strip())
                    .orElseThrow(() -> new InvalidConfigurationPropertyValueException(
                            at + "events",
                            name,
                            "'" + name + "' is not one of "
                                    + Arrays.stream(EventType.values())
                                            .map(EventType::wireName)
                                            .collect(Collectors.joining(", ")))));
        }
        return types;
    }
}
