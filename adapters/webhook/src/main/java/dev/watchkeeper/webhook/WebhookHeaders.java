package dev.watchkeeper.webhook;

/** The headers every webhook request carries. */
public final class WebhookHeaders {
    /** The event's type, such as {@code ticket.claimed}. */
    public static final String EVENT = "X-Watchkeeper-Event";
    /** The event's id: the same on every retry of the event. */
    public static final String DELIVERY = "X-Watchkeeper-Delivery";
    /** The event's id again, under the name many receivers de-duplicate by. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** When this attempt was signed, in seconds since the epoch. */
    public static final String TIMESTAMP = "X-Watchkeeper-Timestamp";
    /** {@code sha256=} and the hex HMAC-SHA256 of the timestamp, a dot and the body. */
    public static final String SIGNATURE = "X-Watchkeeper-Signature";

    private WebhookHeaders() {}
}
