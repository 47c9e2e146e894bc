package dev.watchkeeper.config.store;

import dev.watchkeeper.shield.ShieldLearning;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link ShieldLearning#sync()} periodically on a daemon thread, so that samples and domain
 * list changes moderators made on other instances sharing the store reach this one. A failed sync
 * (Redis away) is logged and tried again at the next period.
 */
final class LearningSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LearningSync.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "watchkeeper-learning-sync");
        thread.setDaemon(true);
        return thread;
    });

    LearningSync(ShieldLearning learning, Duration every) {
        long millis = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        learning.sync();
                    } catch (RuntimeException e) {
                        log.warn(
                                "Could not read what other instances learned; trying again later ({})", e.getMessage());
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
