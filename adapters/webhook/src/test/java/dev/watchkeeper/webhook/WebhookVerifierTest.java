package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final String SECRET = "whsec-0123456789abcdef";
    private static final String TIMESTAMP = "1764729600";
    private static final String BODY = "{\"id\":\"WK-1000/opened/1\"}";
    private static final Clock AT_SIGNING = Clock.fixed(Instant.ofEpochSecond(1764729600L + 30), ZoneOffset.UTC);

    private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5), AT_SIGNING);
    private final String signature = new WebhookSignature(SECRET).sign(TIMESTAMP, BODY);

    @Test
    void signsTheTimestampADotAndTheBodyAsOpensslDoes() {
        // printf '%s' '1764729600.{"id":"WK-1000/opened/1"}' | openssl dgst -sha256 -hmac 'whsec-0123456789abcdef'
        assertThat(signature).isEqualTo("sha256=b243730e7e642a0235e158136553d133c574f0e51ea337e0766a7199adcbba30");
    }

    @Test
    void acceptsARequestSignedWithTheSecretWithinTheTolerance() {
        assertThat(verifier.verify(signature, TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.VALID);
        assertThat(verifier.isValid(signature, TIMESTAMP, BODY)).isTrue();
    }

    @Test
    void refusesATamperedBody() {
        assertThat(verifier.verify(signature, TIMESTAMP, BODY.replace("1000", "1001")))
                .isEqualTo(WebhookVerifier.Result.MISMATCH);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String forged = new WebhookSignature("another-secret-of-16+").sign(TIMESTAMP, BODY);

        assertThat(verifier.verify(forged, TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.MISMATCH);
    }

    @Test
    void refusesATimestampChangedAfterSigning() {
        assertThat(verifier.verify(signature, "1764729601", BODY)).isEqualTo(WebhookVerifier.Result.MISMATCH);
    }

    @Test
    void refusesARequestReplayedAfterTheTolerance() {
        WebhookVerifier later = new WebhookVerifier(
                SECRET,
                Duration.ofMinutes(5),
                Clock.offset(AT_SIGNING, Duration.ofMinutes(5).plusSeconds(1)));

        assertThat(later.verify(signature, TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.STALE);
    }

    @Test
    void refusesATimestampFromTheFarFuture() {
        String future = Long.toString(1764729600L + 3600);
        String signed = new WebhookSignature(SECRET).sign(future, BODY);

        assertThat(verifier.verify(signed, future, BODY)).isEqualTo(WebhookVerifier.Result.STALE);
    }

    @Test
    void tellsMissingAndMalformedHeadersApart() {
        assertThat(verifier.verify(null, TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.MISSING);
        assertThat(verifier.verify(signature, null, BODY)).isEqualTo(WebhookVerifier.Result.MISSING);
        assertThat(verifier.verify("sha1=abcd", TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.MALFORMED);
        assertThat(verifier.verify("sha256=not-hex", TIMESTAMP, BODY)).isEqualTo(WebhookVerifier.Result.MALFORMED);
        assertThat(verifier.verify(signature, "yesterday", BODY)).isEqualTo(WebhookVerifier.Result.MALFORMED);
    }
}
