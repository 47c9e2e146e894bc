package dev.watchkeeper.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * What a receiver runs on each request: checks the {@code X-Watchkeeper-Signature} against the
 * raw body and the {@code X-Watchkeeper-Timestamp}, in constant time, and refuses a timestamp
 * further than the tolerance from its clock (a captured request replayed later). Plain Java, no
 * dependency: a Java receiver can copy it. Thread-safe; never blocks.
 */
public final class WebhookVerifier {
    /** The tolerance receivers are advised to use. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final WebhookSignature signature;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * @param secret the endpoint's shared secret
     * @param tolerance how far the timestamp may be from this clock, either way
     */
    public WebhookVerifier(String secret, Duration tolerance, Clock clock) {
        this.signature = new WebhookSignature(secret);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** What a check found. */
    public enum Result {
        VALID,
        /** A header is missing. */
        MISSING,
        /** A header is not in the expected form. */
        MALFORMED,
        /** The timestamp is outside the tolerance. */
        STALE,
        /** The signature does not match: another secret, or a changed body or timestamp. */
        MISMATCH
    }

    /**
     * Checks one request.
     *
     * @param signatureHeader the {@code X-Watchkeeper-Signature} header's value
     * @param timestampHeader the {@code X-Watchkeeper-Timestamp} header's value
     * @param body the raw body as received, before any JSON parsing
     */
    public Result verify(@Nullable String signatureHeader, @Nullable String timestampHeader, String body) {
        if (signatureHeader == null || timestampHeader == null) {
            return Result.MISSING;
        }
        if (!signatureHeader.startsWith(WebhookSignature.PREFIX) || !timestampHeader.matches("\\d{1,12}")) {
            return Result.MALFORMED;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(WebhookSignature.PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Result.MALFORMED;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestampHeader));
        if (Duration.between(sent, clock.instant()).abs().compareTo(tolerance) > 0) {
            return Result.STALE;
        }
        return MessageDigest.isEqual(given, signature.mac(timestampHeader, body)) ? Result.VALID : Result.MISMATCH;
    }

    /** True when the request is signed with this secret and fresh. */
    public boolean isValid(@Nullable String signatureHeader, @Nullable String timestampHeader, String body) {
        return verify(signatureHeader, timestampHeader, body) == Result.VALID;
    }
}
