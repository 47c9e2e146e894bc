package dev.watchkeeper.core.outbox;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.List;

/**
 * Port: the outbox of outbound actions, one queue per platform shared by every instance. A batch is
 * {@linkplain #append appended} when the bot decides it, {@linkplain #take taken} by one sender
 * (a named consumer: an instance that runs the platform), and {@linkplain #done removed} once the
 * platform accepted it (or refused it for good). An entry taken and never done, because its sender
 * died or stopped, is {@linkplain #claimIdle claimed} by a sender after it has been idle for a
 * while; a sender that still works on entries {@linkplain #touch touches} them so that they are
 * not. Delivery is therefore at least once: only an entry in flight at a crash may be carried out
 * twice.
 *
 * <p>Implementations are thread-safe. A shared implementation blocks for a round trip on each
 * call and throws when its store cannot be reached; the in-memory one never blocks except in
 * {@link #take}, which waits for entries.
 */
public interface DecisionOutbox {
    /**
     * Records a batch; returns once it is stored.
     *
     * @return the entry's id
     * @throws RuntimeException when the batch could not be recorded
     */
    String append(Platform platform, List<Decision> decisions);

    /**
     * Takes entries no sender has taken yet, oldest first, for this consumer; waits up to {@code
     * wait} when there are none.
     *
     * @param consumer the sender's name, unique among running instances
     */
    List<OutboxEntry> take(Platform platform, String consumer, int max, Duration wait);

    /**
     * Takes over entries that were taken (by any consumer, this one included) and neither done nor
     * touched for at least {@code minIdle}.
     */
    List<OutboxEntry> claimIdle(Platform platform, String consumer, Duration minIdle, int max);

    /** Marks taken entries as still being worked on by this consumer, so none claims them yet. */
    void touch(Platform platform, String consumer, List<String> ids);

    /** Removes an entry: the platform accepted it, or refused it for good. */
    void done(Platform platform, String id);

    /** How many entries are recorded and not done (taken or not). */
    long pending(Platform platform);
}
