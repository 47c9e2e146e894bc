package dev.watchkeeper.core.outbox;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.util.List;

/**
 * One recorded batch of decisions for a platform, carried out in order.
 *
 * @param id the outbox's id of the entry (a stream id in Redis)
 * @param platform the platform every decision targets
 * @param decisions the decisions, in order
 */
public record OutboxEntry(String id, Platform platform, List<Decision> decisions) {
    public OutboxEntry {
        requireNonNull(id, "id");
        requireNonNull(platform, "platform");
        decisions = List.copyOf(decisions);
    }
}
