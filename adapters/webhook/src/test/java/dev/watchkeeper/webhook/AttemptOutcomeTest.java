package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptOutcomeTest {
    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "200, DELIVERED",
        "202, DELIVERED",
        "204, DELIVERED",
        "301, PERMANENT",
        "400, PERMANENT",
        "401, PERMANENT",
        "404, PERMANENT",
        "410, PERMANENT",
        "408, RETRY",
        "429, RETRY",
        "500, RETRY",
        "502, RETRY",
        "503, RETRY"
    })
    void classifiesStatuses(int status, AttemptOutcome.Kind kind) {
        assertThat(AttemptOutcome.ofStatus(status, null, NOW).kind()).isEqualTo(kind);
    }

    @Test
    void readsRetryAfterInSecondsAndAsADate() {
        assertThat(AttemptOutcome.ofStatus(429, "7", NOW).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(AttemptOutcome.ofStatus(503, "Thu, 03 Dec 2026 04:02:00 GMT", NOW)
                        .retryAfter())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(AttemptOutcome.ofStatus(503, "Thu, 03 Dec 2026 03:00:00 GMT", NOW)
                        .retryAfter())
                .isEqualTo(Duration.ZERO);
        assertThat(AttemptOutcome.ofStatus(503, "soon", NOW).retryAfter()).isNull();
    }

    @Test
    void aRequestWithoutResponseIsRetriedAndLoggedByItsKindOnly() {
        AttemptOutcome timeout = AttemptOutcome.failed(new HttpTimeoutException("request timed out"));
        AttemptOutcome reset = AttemptOutcome.failed(new IOException("https://hooks.example/t0ken reset"));

        assertThat(timeout.kind()).isEqualTo(AttemptOutcome.Kind.RETRY);
        assertThat(reset.detail()).isEqualTo("no response: IOException").doesNotContain("t0ken");
    }
}
