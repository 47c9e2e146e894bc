package dev.watchkeeper.core.ticket.report;

class InMemorySupportCountersTest extends SupportCountersContract {
    @Override
    protected SupportCounters newCounters() {
        return new InMemorySupportCounters();
    }
}
