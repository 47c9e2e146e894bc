package dev.watchkeeper.core.ticket.model;

class InMemoryTicketSequenceTest extends TicketSequenceContract {
    @Override
    protected TicketSequence newSequence() {
        return new InMemoryTicketSequence(1000);
    }
}
