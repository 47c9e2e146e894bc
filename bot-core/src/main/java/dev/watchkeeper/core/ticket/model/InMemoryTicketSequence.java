package dev.watchkeeper.core.ticket.model;

import java.util.concurrent.atomic.AtomicLong;

/** Ticket numbers from this process's memory, starting at a given number. Thread-safe; never blocks. */
public final class InMemoryTicketSequence implements TicketSequence {
    private final AtomicLong last;

    /** Numbers starting at {@code first}. */
    public InMemoryTicketSequence(long first) {
        this.last = new AtomicLong(first - 1);
    }

    @Override
    public long next() {
        return last.incrementAndGet();
    }

    /** Makes every later number greater than {@code number}, unless they already are. */
    public void advancePast(long number) {
        last.accumulateAndGet(number, Math::max);
    }
}
