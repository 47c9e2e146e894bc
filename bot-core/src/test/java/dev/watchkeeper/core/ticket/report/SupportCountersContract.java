package dev.watchkeeper.core.ticket.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The behaviour every {@link SupportCounters} must have. */
public abstract class SupportCountersContract {
    /** Counters all at zero. */
    protected abstract SupportCounters newCounters();

    /** A handle over the same counters after a restart; the same if it cannot restart. */
    protected SupportCounters reopened(SupportCounters current) {
        return current;
    }

    @Test
    void countsFromZero() {
        SupportCounters counters = newCounters();

        assertThat(counters.get("bot.answers")).isZero();
        assertThat(counters.add("bot.answers", 1)).isEqualTo(1);
        assertThat(counters.add("bot.answers", 2)).isEqualTo(3);
        assertThat(counters.add("tickets.opened", 1)).isEqualTo(1);
        assertThat(reopened(counters).get("bot.answers")).isEqualTo(3);
    }
}
