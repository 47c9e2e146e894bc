package dev.watchkeeper.core.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event queues in this process's memory: right for the demo and tests (events survive a
 * sender's restart within the process, not the process). Thread-safe under one lock; never blocks.
 */
public final class InMemoryEventQueue implements EventQueue {
    private final Map<String, ArrayDeque<QueuedEvent>> queues = new HashMap<>();
    private final Map<String, List<QueuedEvent>> dead = new HashMap<>();

    @Override
    public synchronized void append(String receiver, QueuedEvent event) {
        queue(receiver).addLast(event);
    }

    @Override
    public synchronized Optional<QueuedEvent> head(String receiver) {
        return Optional.ofNullable(queue(receiver).peekFirst());
    }

    @Override
    public synchronized void done(String receiver, QueuedEvent event) {
        removeHead(receiver, event);
    }

    @Override
    public synchronized void deadLetter(String receiver, QueuedEvent event) {
        if (removeHead(receiver, event)) {
            dead.computeIfAbsent(receiver, r -> new ArrayList<>()).add(event);
        }
    }

    @Override
    public synchronized List<QueuedEvent> deadLetters(String receiver) {
        return List.copyOf(dead.getOrDefault(receiver, List.of()));
    }

    @Override
    public synchronized long deadLetterCount(String receiver) {
        return dead.getOrDefault(receiver, List.of()).size();
    }

    @Override
    public synchronized long pending(String receiver) {
        return queue(receiver).size();
    }

    private boolean removeHead(String receiver, QueuedEvent event) {
        ArrayDeque<QueuedEvent> queue = queue(receiver);
        if (!queue.isEmpty() && queue.peekFirst().id().equals(event.id())) {
            queue.pollFirst();
            return true;
        }
        return false;
    }

    private ArrayDeque<QueuedEvent> queue(String receiver) {
        return queues.computeIfAbsent(receiver, r -> new ArrayDeque<>());
    }
}
