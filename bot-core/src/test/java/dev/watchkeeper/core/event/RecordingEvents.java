package dev.watchkeeper.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every published event, in order, and passes it on to {@link #forwardTo a next port}
 * (a webhook publisher in an adapter's test). For tests in any module (shared through the test jar).
 */
public final class RecordingEvents implements DomainEvents {
    private final List<DomainEvent> recorded = new CopyOnWriteArrayList<>();
    private volatile DomainEvents next = DomainEvents.NONE;

    @Override
    public void publish(DomainEvent event) {
        recorded.add(event);
        next.publish(event);
    }

    /** Passes every later event on to {@code port} as well. */
    public void forwardTo(DomainEvents port) {
        next = port;
    }

    /** Every event so far, in order. */
    public List<DomainEvent> all() {
        return new ArrayList<>(recorded);
    }

    /** The events of one kind so far, in order. */
    public <T extends DomainEvent> List<T> of(Class<T> type) {
        return recorded.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
