package dev.watchkeeper.core.outbox;

import java.time.Clock;

class InMemoryDecisionOutboxTest extends DecisionOutboxContract {
    @Override
    protected DecisionOutbox outbox() {
        return new InMemoryDecisionOutbox(Clock.systemUTC());
    }
}
