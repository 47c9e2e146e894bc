package dev.watchkeeper.core.event;

import java.util.List;
import java.util.Optional;

/**
 * Port: durable queues of events waiting for delivery, one per named receiver (a webhook
 * endpoint), first in first out. A sender reads the {@linkplain #head head}, delivers it, and only
 * then {@linkplain #done removes} it or moves it to the receiver's {@linkplain #deadLetter dead
 * letters}; a sender that stops in between finds the same head again, so delivery is at least
 * once and in order.
 *
 * <p>Implementations are thread-safe. A shared one blocks for a round trip per call and throws
 * when its store cannot be reached (except {@link #append}, which may keep the event and store it
 * when the store is back); the in-memory one never blocks.
 */
public interface EventQueue {
    /** Adds an event at the tail of the receiver's queue. */
    void append(String receiver, QueuedEvent event);

    /** The oldest event not yet done, if any; it stays in the queue. */
    Optional<QueuedEvent> head(String receiver);

    /** Removes the head if it is this event (delivered); does nothing otherwise. */
    void done(String receiver, QueuedEvent event);

    /** Moves the head, if it is this event, to the receiver's dead letters (given up on). */
    void deadLetter(String receiver, QueuedEvent event);

    /** The receiver's dead letters, oldest first. */
    List<QueuedEvent> deadLetters(String receiver);

    /** How many events the receiver's dead letters hold. */
    long deadLetterCount(String receiver);

    /** How many events wait for the receiver. */
    long pending(String receiver);
}
