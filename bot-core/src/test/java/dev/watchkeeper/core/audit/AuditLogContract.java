package dev.watchkeeper.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AuditLog} must have. */
public abstract class AuditLogContract {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    /** An empty log. */
    protected abstract AuditLog newLog();

    /** A handle over the same data after a restart; the same if it cannot restart. */
    protected AuditLog reopened(AuditLog current) {
        return current;
    }

    @Test
    void returnsEntriesFromATimeOnOldestFirst() {
        AuditLog log = newLog();
        AuditEntry first = new AuditEntry(T, "discord:900", "claim", "WK-1000", "claimed");
        AuditEntry second = new AuditEntry(T.plusSeconds(60), "discord:900", "close", "WK-1000", "resolved");
        AuditEntry third = new AuditEntry(T.plusSeconds(120), AuditEntry.SYSTEM, "purge", "tickets", "3 purged");
        log.record(first);
        log.record(second);
        log.record(third);

        assertThat(reopened(log).since(T.plusSeconds(60))).containsExactly(second, third);
        assertThat(reopened(log).since(T)).containsExactly(first, second, third);
        assertThat(log.since(T.plusSeconds(600))).isEmpty();
    }
}
