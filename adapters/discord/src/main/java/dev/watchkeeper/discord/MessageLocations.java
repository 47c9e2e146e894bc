package dev.watchkeeper.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers which thread recent messages were posted in. The core addresses a thread's message by
 * the thread's parent channel (that is where the ticket's staff chat is), but Discord deletes a
 * message through the channel it is in. Bounded: the oldest entries are forgotten. Thread-safe.
 */
public final class MessageLocations {
    private final Map<String, String> threadOfMessage;

    /** Remembers at most {@code capacity} messages. */
    public MessageLocations(int capacity) {
        this.threadOfMessage = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Notes that the message is in this thread. */
    public synchronized void inThread(String messageId, String threadId) {
        threadOfMessage.put(messageId, threadId);
    }

    /** The thread the message was seen in, if it was in one and is still remembered. */
    public synchronized Optional<String> threadOf(String messageId) {
        return Optional.ofNullable(threadOfMessage.get(messageId));
    }
}
