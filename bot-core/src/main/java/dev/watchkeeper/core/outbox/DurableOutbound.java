package dev.watchkeeper.core.outbox;

import dev.watchkeeper.core.bot.FailureLog;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Outbound} of a platform that records every batch in the {@link DecisionOutbox} before
 * returning (so before the platform event that caused it is confirmed); an {@link OutboxPump}
 * carries it out. When the outbox cannot record (its store is away), the batch goes straight to
 * the platform's delivery instead, without durability, rather than not at all. Thread-safe; blocks
 * for the outbox's round trip.
 */
public final class DurableOutbound implements Outbound {
    private static final Logger log = LoggerFactory.getLogger(DurableOutbound.class);

    private final DecisionOutbox outbox;
    private final Platform platform;
    private final Delivery direct;
    private final FailureLog failures = new FailureLog(log);

    public DurableOutbound(DecisionOutbox outbox, Platform platform, Delivery direct) {
        this.outbox = outbox;
        this.platform = platform;
        this.direct = direct;
    }

    @Override
    public void send(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        try {
            outbox.append(platform, decisions);
        } catch (RuntimeException e) {
            failures.failed("recording in the " + platform + " outbox (sent without it)", "batch", e);
            direct.deliver(decisions, () -> {});
        }
    }
}
