package dev.watchkeeper.webhook;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.event.EventType;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One receiver of webhooks.
 *
 * @param name a short name, stable across restarts: it names the endpoint's queue and its log
 *     lines (the URL is never logged: it may carry a token)
 * @param url where events are posted ({@code http} or {@code https})
 * @param secret the shared secret the signature is made with; never logged, shown redacted
 * @param events the kinds sent to it; empty for all
 * @param timeout how long one attempt may take, connecting included
 * @param maxAttempts attempts before an event is given up on
 * @param maxAge how old an event may get before it is given up on
 */
public record WebhookEndpoint(
        String name,
        URI url,
        String secret,
        Set<EventType> events,
        Duration timeout,
        int maxAttempts,
        Duration maxAge) {
    /** The shortest secret accepted. */
    public static final int MIN_SECRET_LENGTH = 16;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public WebhookEndpoint {
        requireNonNull(url, "url");
        requireNonNull(timeout, "timeout");
        requireNonNull(maxAge, "maxAge");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "webhook endpoint name must be 1 to 40 lower-case letters, digits or dashes: " + name);
        }
        if (!isPostable(url)) {
            throw new IllegalArgumentException(
                    "webhook endpoint " + name + ": the url must be an absolute http or https URL with a host");
        }
        if (!isStrongEnough(secret)) {
            throw new IllegalArgumentException(
                    "webhook endpoint " + name + ": the secret must be set and at least 16 characters long");
        }
        if (timeout.isNegative() || timeout.isZero() || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("webhook endpoint " + name + ": timeout and max age must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("webhook endpoint " + name + ": max attempts must be at least 1");
        }
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    /** True for an absolute {@code http} or {@code https} URL with a host. */
    public static boolean isPostable(URI url) {
        String scheme = url.getScheme();
        return url.isAbsolute()
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && url.getHost() != null;
    }

    /** True for a secret of at least {@value #MIN_SECRET_LENGTH} characters. */
    public static boolean isStrongEnough(@Nullable String secret) {
        return secret != null && secret.length() >= MIN_SECRET_LENGTH;
    }

    /** True when events of this kind go to this endpoint. */
    public boolean wants(EventType type) {
        return events.isEmpty() || events.contains(type);
    }

    /** The secret stays out: logs and error messages may show this. */
    @Override
    public String toString() {
        return "WebhookEndpoint[name=" + name + ", events=" + (events.isEmpty() ? "all" : events) + ", timeout="
                + timeout + ", maxAttempts=" + maxAttempts + ", maxAge=" + maxAge + ", url and secret redacted]";
    }
}
