package dev.watchkeeper.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.MutableClock;
import io.lettuce.core.RedisConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageLogTest {
    private static final RedisConnectionException DOWN = new RedisConnectionException("Connection closed");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> lines = new ArrayList<>();
    private final OutageLog outage = new OutageLog(clock, (level, line) -> lines.add(level + " " + line));

    @Test
    void logsTheFirstFailureWithItsCause() {
        outage.failed("event taken without de-duplication", DOWN);

        assertThat(lines)
                .containsExactly("WARN Redis unreachable (RedisConnectionException: Connection closed): "
                        + "event taken without de-duplication");
    }

    @Test
    void logsAtMostOneLineAMinuteWithTheFailuresNotLogged() {
        outage.failed("x", DOWN);
        for (int i = 0; i < 1000; i++) {
            clock.advance(Duration.ofMillis(60));
            outage.failed("x", DOWN);
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .isEqualTo("WARN Redis still unreachable (RedisConnectionException: Connection closed): x; "
                        + "999 failures not logged since the last line");

        clock.advance(Duration.ofSeconds(59));
        outage.failed("x", DOWN);
        assertThat(lines).hasSize(2);

        clock.advance(Duration.ofSeconds(1));
        outage.failed("x", DOWN);
        assertThat(lines).hasSize(3).last().asString().endsWith("; 1 failures not logged since the last line");
    }

    @Test
    void saysOnceWhenRedisIsReachableAgain() {
        outage.succeeded();
        for (int i = 0; i < 5; i++) {
            outage.failed("x", DOWN);
        }

        outage.succeeded();
        outage.succeeded();

        assertThat(lines).hasSize(2).last().isEqualTo("INFO Redis reachable again after 5 failures");
    }

    @Test
    void aNewOutageStartsWithAFullWarning() {
        outage.failed("x", DOWN);
        outage.failed("x", DOWN);
        outage.succeeded();

        outage.failed("y", DOWN);

        assertThat(lines.getLast()).startsWith("WARN Redis unreachable (").endsWith("): y");
    }
}
