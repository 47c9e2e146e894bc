package dev.watchkeeper.core.outbox;

import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.model.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one platform's outbox out on this instance: a daemon thread takes new entries (and, every
 * {@code claimEvery}, entries idle for {@code claimAfter}: left by a sender that died or stopped,
 * this one's own before a restart included) and hands each to the platform's {@link Delivery};
 * when the delivery settles, the entry is done. Entries still in the delivery's hands are touched
 * every {@code claimEvery}, so no other instance claims them while they wait for a rate limit.
 * On start it claims at once: what was left when the last instance stopped is carried out first.
 *
 * <p>Infrastructure, not engine: it blocks on the outbox. Thread-safe. {@link #close()} stops
 * taking (what the delivery holds and has not settled stays in the outbox).
 */
public final class OutboxPump implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxPump.class);
    private static final int BATCH = 64;

    private final DecisionOutbox outbox;
    private final Platform platform;
    private final String consumer;
    private final Delivery delivery;
    private final Duration take;
    private final Duration claimAfter;
    private final Duration claimEvery;
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();
    private final FailureLog failures = new FailureLog(log);
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param consumer this instance's name among the platform's senders
     * @param take how long one take waits for new entries
     * @param claimAfter how long a taken entry may go untouched before it is claimed
     */
    public OutboxPump(
            DecisionOutbox outbox,
            Platform platform,
            String consumer,
            Delivery delivery,
            Duration take,
            Duration claimAfter) {
        this.outbox = outbox;
        this.platform = platform;
        this.consumer = consumer;
        this.delivery = delivery;
        this.take = take;
        this.claimAfter = claimAfter;
        this.claimEvery = claimAfter.dividedBy(3).isZero() ? Duration.ofMillis(1) : claimAfter.dividedBy(3);
        this.thread = Thread.ofPlatform()
                .name("outbox-" + platform.name().toLowerCase(Locale.ROOT))
                .daemon(true)
                .unstarted(this::run);
    }

    /** Starts the thread. */
    public OutboxPump start() {
        thread.start();
        return this;
    }

    /** Entries handed to the delivery and not yet settled. */
    public int inHand() {
        return inHand.size();
    }

    private void run() {
        long nextClaim = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() - nextClaim >= 0) {
                    List<String> held = new ArrayList<>(inHand);
                    if (!held.isEmpty()) {
                        outbox.touch(platform, consumer, held);
                    }
                    hand(outbox.claimIdle(platform, consumer, claimAfter, BATCH));
                    nextClaim = System.nanoTime() + claimEvery.toNanos();
                }
                hand(outbox.take(platform, consumer, BATCH, take));
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                failures.failed("reading the " + platform + " outbox (retried in a second)", consumer, e);
                pause();
            }
        }
    }

    private void hand(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            if (!inHand.add(entry.id())) {
                continue;
            }
            delivery.deliver(entry, () -> settled(entry.id()));
        }
    }

    private void settled(String id) {
        try {
            outbox.done(platform, id);
            inHand.remove(id);
        } catch (RuntimeException e) {
            // Stays in hand and in the outbox: claimed again later, carried out at most once more.
            inHand.remove(id);
            failures.failed("removing a settled entry from the " + platform + " outbox", id, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops taking entries; waits for the current take to end. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(take.toMillis() + 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
