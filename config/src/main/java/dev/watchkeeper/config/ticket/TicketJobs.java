package dev.watchkeeper.config.ticket;

import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.ticket.report.RetentionPurge;
import dev.watchkeeper.core.ticket.report.SlaMonitor;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ticket desk's periodic work on one daemon thread: SLA breach checks (alerts go out
 * through the platform adapters) and the retention purge. {@link #close()} stops it.
 */
final class TicketJobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TicketJobs.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "watchkeeper-ticket-jobs");
        thread.setDaemon(true);
        return thread;
    });

    TicketJobs(
            SlaMonitor sla,
            RetentionPurge purge,
            Outbound outbound,
            Clock clock,
            Duration slaInterval,
            Duration purgeInterval) {
        scheduler.scheduleWithFixedDelay(
                () -> safely("SLA check", () -> outbound.send(sla.check(clock.instant()))),
                slaInterval.toMillis(),
                slaInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> safely("retention purge", () -> {
                    RetentionPurge.Purged purged = purge.purgeExpired(clock.instant());
                    if (purged.tickets() > 0 || purged.transcriptTurns() > 0) {
                        log.info(
                                "Retention purge: {} tickets, {} transcript turns deleted",
                                purged.tickets(),
                                purged.transcriptTurns());
                    }
                }),
                purgeInterval.toMillis(),
                purgeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void safely(String job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("The {} failed; it runs again at the next interval", job, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
