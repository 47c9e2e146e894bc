package dev.watchkeeper.core.incident.signal;

import java.time.Duration;

class InMemorySignalStoreTest extends SignalStoreContract {
    @Override
    protected SignalStore newStore(Duration retention) {
        return new InMemorySignalStore(retention, 100);
    }
}
