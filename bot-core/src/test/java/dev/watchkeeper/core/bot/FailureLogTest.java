package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class FailureLogTest {
    private final RecordingLogger logger = new RecordingLogger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final FailureLog failures = new FailureLog(logger, clock);

    @Test
    void aThousandFailuresOfOneClassMakeOneTraceAndThenOneLineAMinute() {
        for (int i = 0; i < 1000; i++) {
            failures.failed("mapping an update", Integer.toString(i), new StringIndexOutOfBoundsException("begin 3"));
        }
        clock.advance(Duration.ofSeconds(61));
        failures.failed("mapping an update", "1000", new StringIndexOutOfBoundsException("begin 3"));

        assertThat(logger.at(Level.ERROR)).singleElement().satisfies(line -> {
            assertThat(line.trace()).isTrue();
            assertThat(line.text()).contains("mapping an update", "id 0");
        });
        assertThat(logger.at(Level.WARN)).singleElement().satisfies(line -> {
            assertThat(line.trace()).isFalse();
            assertThat(line.text()).contains("1000 more", "latest id 1000", "StringIndexOutOfBoundsException");
        });
        assertThat(logger.at(Level.DEBUG)).hasSize(999).allSatisfy(line -> assertThat(line.trace())
                .isFalse());
    }

    @Test
    void eachFailureClassKeepsItsFirstTrace() {
        failures.failed("mapping an update", "1", new StringIndexOutOfBoundsException());
        failures.failed("mapping an update", "2", new NullPointerException());
        failures.failed("handling an event", "3", new NullPointerException());

        assertThat(logger.at(Level.ERROR)).hasSize(3).allSatisfy(line -> assertThat(line.trace())
                .isTrue());
    }
}
