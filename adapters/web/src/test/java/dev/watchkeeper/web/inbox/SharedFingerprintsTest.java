package dev.watchkeeper.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedFingerprintsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final SharedFingerprints shared =
            new SharedFingerprints(argument -> argument + ":" + reads.incrementAndGet(), 200, nanos::get);

    @Test
    void pagesWatchingTheSameArgumentWithinTheWindowShareOneRead() {
        assertThat(shared.apply("status=open")).isEqualTo("status=open:1");
        nanos.addAndGet(150);
        assertThat(shared.apply("status=open")).isEqualTo("status=open:1");
        assertThat(shared.apply("assignee=me&me=telegram:7")).isEqualTo("assignee=me&me=telegram:7:2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void readsAgainOnceTheWindowHasPassed() {
        shared.apply("x");
        nanos.addAndGet(200);

        assertThat(shared.apply("x")).isEqualTo("x:2");
    }
}
