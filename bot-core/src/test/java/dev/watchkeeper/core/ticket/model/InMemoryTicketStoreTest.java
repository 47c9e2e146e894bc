package dev.watchkeeper.core.ticket;

class InMemoryTicketStoreTest extends TicketStoreContract {
    @Override
    protected TicketStore newStore() {
        return new InMemoryTicketStore();
    }
}
