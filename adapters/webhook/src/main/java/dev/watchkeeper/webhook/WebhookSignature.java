package dev.watchkeeper.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook: {@code sha256=} and the hex HMAC-SHA256, keyed with the endpoint's
 * secret, of the timestamp header, a dot and the raw body ({@code 1764729600.{"id":…}}). Signing
 * the timestamp with the body lets a receiver refuse an old request replayed. Thread-safe.
 */
public final class WebhookSignature {
    /** The prefix of the header's value, naming the algorithm. */
    public static final String PREFIX = "sha256=";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** A signer with this shared secret (the bytes of its UTF-8 text). */
    public WebhookSignature(String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The header value for this timestamp (seconds since the epoch) and body. */
    public String sign(String timestamp, String body) {
        return PREFIX + HexFormat.of().formatHex(mac(timestamp, body));
    }

    byte[] mac(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
