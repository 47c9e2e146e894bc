package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.outbox.DecisionOutbox;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

/**
 * How this instance sends through the outbox: the outbox of the configured store, this instance's
 * name among the senders, and how long another sender's entry may go untouched before this one
 * carries it out.
 */
public record OutboxSettings(DecisionOutbox outbox, String instance, Duration claimAfter) {
    /** A name for this process, unique among running instances: host, pid and a random part. */
    public static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        // The pid alone repeats across containers; the random part keeps two instances apart.
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
