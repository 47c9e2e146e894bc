package dev.watchkeeper.core.ticket;

class InMemorySupportCountersTest extends SupportCountersContract {
    @Override
    protected SupportCounters newCounters() {
        return new InMemorySupportCounters();
    }
}
