package dev.watchkeeper.core.incident.model;

class InMemoryIncidentStoreTest extends IncidentStoreContract {
    @Override
    protected IncidentStore newStore() {
        return new InMemoryIncidentStore();
    }
}
