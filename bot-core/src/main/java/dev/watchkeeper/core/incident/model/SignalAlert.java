package dev.watchkeeper.core.incident.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An alert staff got about a spike, kept so that its button can open an incident with the
 * spike's topic, suggested title and first-signal time.
 *
 * @param id the alert's short id, carried by its button
 * @param topic the signal topic
 * @param title the suggested title
 * @param firstSignalAt when the first member of the spike wrote
 * @param alertedAt when staff were alerted
 * @param members how many members had written when the alert went out
 */
public record SignalAlert(
        String id, String topic, String title, Instant firstSignalAt, Instant alertedAt, int members) {
    public SignalAlert {
        requireNonNull(id, "id");
        requireNonNull(topic, "topic");
        requireNonNull(title, "title");
        requireNonNull(firstSignalAt, "firstSignalAt");
        requireNonNull(alertedAt, "alertedAt");
    }
}
