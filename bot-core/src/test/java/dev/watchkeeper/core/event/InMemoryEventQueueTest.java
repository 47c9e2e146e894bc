package dev.watchkeeper.core.event;

class InMemoryEventQueueTest extends EventQueueContract {
    @Override
    protected EventQueue queue() {
        return new InMemoryEventQueue();
    }
}
