package dev.watchkeeper.core.ticket.model;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SLA targets per priority, mapped from configuration.
 *
 * @param targets a target for every priority
 */
public record SlaPolicy(Map<Priority, SlaTarget> targets) {
    public SlaPolicy {
        for (Priority priority : Priority.values()) {
            if (!targets.containsKey(priority)) {
                throw new IllegalArgumentException("no SLA target for " + priority);
            }
        }
        targets = Map.copyOf(new EnumMap<>(targets));
    }

    /** Defaults for a small community: urgent 15 min / 4 h, high 1 h / 24 h, normal 4 h / 72 h. */
    public static SlaPolicy defaults() {
        return new SlaPolicy(Map.of(
                Priority.URGENT, new SlaTarget(Duration.ofMinutes(15), Duration.ofHours(4)),
                Priority.HIGH, new SlaTarget(Duration.ofHours(1), Duration.ofHours(24)),
                Priority.NORMAL, new SlaTarget(Duration.ofHours(4), Duration.ofHours(72))));
    }

    /** The targets of this priority. */
    public SlaTarget of(Priority priority) {
        return targets.get(priority);
    }
}
