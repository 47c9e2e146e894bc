package dev.watchkeeper.webhook;

import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.QueuedEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one endpoint's queue, in order, on a daemon thread: posts the head until it is
 * delivered, waiting with {@link Backoff} between failed attempts; removes it once the receiver
 * took it (any 2xx). An event the receiver refuses for good (a 4xx other than 408 and 429), or that
 * failed {@code maxAttempts} times or got older than {@code maxAge}, goes to the dead letters with
 * a WARN line naming the endpoint, the event id and the last failure (never the body or the URL).
 * The first failure after a success is logged at WARN and the recovery at INFO, so that a receiver
 * that is down shows in the log once, not once per attempt.
 * Later events wait behind the head, so a receiver sees each ticket's events in order.
 *
 * <p>Infrastructure, not engine: it blocks on the network and the queue. {@link #close()} stops
 * it, an attempt in flight included; what was not done stays queued and is sent again by the next
 * sender (at least once). Thread-safe.
 */
final class EndpointSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EndpointSender.class);

    private final WebhookEndpoint endpoint;
    private final EventQueue queue;
    private final WebhookPoster poster;
    private final Backoff backoff;
    private final Clock clock;
    private final RandomGenerator random;
    private final Duration idlePoll;
    private final FailureLog failures = new FailureLog(log);
    private final Object signal = new Object();
    private final Thread thread;
    private boolean signalled;
    private int failedInARow;
    private volatile boolean running = true;

    /**
     * @param idlePoll how long an idle sender waits before it looks at the queue again (another
     *     instance may have queued); events queued in this process wake it at once
     */
    EndpointSender(
            WebhookEndpoint endpoint,
            EventQueue queue,
            WebhookPoster poster,
            Backoff backoff,
            Clock clock,
            RandomGenerator random,
            Duration idlePoll) {
        this.endpoint = endpoint;
        this.queue = queue;
        this.poster = poster;
        this.backoff = backoff;
        this.clock = clock;
        this.random = random;
        this.idlePoll = idlePoll;
        this.thread = Thread.ofPlatform()
                .name("webhook-" + endpoint.name())
                .daemon(true)
                .unstarted(this::run);
    }

    EndpointSender start() {
        thread.start();
        return this;
    }

    /** Tells an idle sender that an event was queued. */
    void wake() {
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    private void run() {
        try {
            while (running) {
                Optional<QueuedEvent> head;
                try {
                    head = queue.head(endpoint.name());
                } catch (RuntimeException e) {
                    failures.failed("reading a webhook queue (retried in a second)", endpoint.name(), e);
                    Thread.sleep(1_000);
                    continue;
                }
                if (head.isEmpty()) {
                    idle();
                } else {
                    deliver(head.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Attempts one event until it is delivered or given up on. */
    private void deliver(QueuedEvent event) throws InterruptedException {
        for (int attempt = 1; running; attempt++) {
            AttemptOutcome outcome = poster.post(event);
            switch (outcome.kind()) {
                case DELIVERED -> {
                    recovered();
                    settle(event, false);
                    return;
                }
                case PERMANENT -> {
                    recovered();
                    giveUp(event, attempt, outcome);
                    return;
                }
                case RETRY -> {
                    failing(event, outcome);
                    Duration wait = backoff.delay(attempt, outcome.retryAfter(), random);
                    boolean tooOld = !event.occurredAt()
                            .plus(endpoint.maxAge())
                            .isAfter(clock.instant().plus(wait));
                    if (attempt >= endpoint.maxAttempts() || tooOld) {
                        giveUp(event, attempt, outcome);
                        return;
                    }
                    log.debug(
                            "Webhook {}: event {} not delivered ({}), attempt {} again in {} ms",
                            endpoint.name(),
                            event.id(),
                            outcome.detail(),
                            attempt + 1,
                            wait.toMillis());
                    Thread.sleep(wait);
                }
            }
        }
    }

    private void failing(QueuedEvent event, AttemptOutcome outcome) {
        if (failedInARow++ == 0) {
            log.warn(
                    "Webhook {}: receiver failing ({} on event {}); retrying with back-off",
                    endpoint.name(),
                    outcome.detail(),
                    event.id());
        }
    }

    private void recovered() {
        if (failedInARow > 0) {
            log.info("Webhook {}: receiver answering again after {} failed attempt(s)", endpoint.name(), failedInARow);
            failedInARow = 0;
        }
    }

    private void giveUp(QueuedEvent event, int attempts, AttemptOutcome last) {
        log.warn(
                "Webhook {}: gave up on event {} ({}) after {} attempt(s), last {}; kept in its dead letters",
                endpoint.name(),
                event.id(),
                event.type(),
                attempts,
                last.detail());
        settle(event, true);
    }

    private void settle(QueuedEvent event, boolean dead) {
        try {
            if (dead) {
                queue.deadLetter(endpoint.name(), event);
            } else {
                queue.done(endpoint.name(), event);
            }
        } catch (RuntimeException e) {
            // Still the head: read and sent again, a repeat the receiver drops by its key.
            failures.failed("removing a settled event from a webhook queue", event.id(), e);
        }
    }

    private void idle() throws InterruptedException {
        synchronized (signal) {
            if (!signalled) {
                signal.wait(idlePoll.toMillis());
            }
            signalled = false;
        }
    }

    /** Stops the thread, an attempt in flight included, and waits for it. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
