package dev.watchkeeper.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * What one delivery attempt came to.
 *
 * @param kind delivered, worth retrying, or refused for good
 * @param detail for the log: the status or the kind of failure, never the body or the URL
 * @param retryAfter what the receiver asked to wait, if it did
 */
record AttemptOutcome(Kind kind, String detail, @Nullable Duration retryAfter) {
    AttemptOutcome {
        requireNonNull(kind, "kind");
        requireNonNull(detail, "detail");
    }

    enum Kind {
        DELIVERED,
        RETRY,
        PERMANENT
    }

    /**
     * The outcome of a response: any 2xx is delivered; 408, 429 and 5xx are retried (honouring
     * {@code Retry-After}); any other status (a 4xx, a redirect: not followed, since the signed
     * request must not go elsewhere) is refused for good.
     */
    static AttemptOutcome ofStatus(int status, @Nullable String retryAfterHeader, Instant now) {
        String detail = "HTTP " + status;
        if (status >= 200 && status < 300) {
            return new AttemptOutcome(Kind.DELIVERED, detail, null);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new AttemptOutcome(Kind.RETRY, detail, retryAfter(retryAfterHeader, now));
        }
        return new AttemptOutcome(Kind.PERMANENT, detail, null);
    }

    /** An attempt that got no response: refused connection, reset, timeout. */
    static AttemptOutcome failed(Exception e) {
        return new AttemptOutcome(Kind.RETRY, "no response: " + e.getClass().getSimpleName(), null);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
    static @Nullable Duration retryAfter(@Nullable String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
