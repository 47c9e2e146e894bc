package dev.watchkeeper.core.incident.signal;

import java.time.Instant;
import java.util.Optional;

/**
 * Counts members writing about each topic and tells when one spikes, as {@link SignalSettings}
 * define it: against the topic's own normal rate over the baseline before the window (a moving
 * baseline), with a floor so that a quiet topic needs a real crowd, and once per cooldown.
 *
 * <p>Thread-safe; blocks only as long as the store does. Cheap for the common case: the normal
 * rate is read only once a window holds enough members.
 */
public final class TopicSignals {
    private final SignalStore store;
    private final SignalSettings settings;

    public TopicSignals(SignalStore store, SignalSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** The settings in force. */
    public SignalSettings settings() {
        return settings;
    }

    /**
     * Counts one member's message on a topic; present when this message made the topic spike and
     * no alert for it was claimed within the cooldown.
     */
    public Optional<Spike> observe(String topic, String member, SignalSample sample, Instant at) {
        long minute = Math.floorDiv(at.getEpochSecond(), 60);
        store.record(topic, minute, member, sample);
        long from = minute - settings.windowMinutes() + 1;
        int members = store.distinctMembers(topic, from, minute);
        if (members < settings.minMembers()) {
            return Optional.empty();
        }
        double normal = normal(topic, from);
        if (members < settings.factor() * normal) {
            return Optional.empty();
        }
        if (!store.claimAlert(topic, at, at.plus(settings.cooldown()))) {
            return Optional.empty();
        }
        SignalWindow window = store.window(topic, from, minute, settings.examples());
        return Optional.of(new Spike(topic, window, normal, Instant.ofEpochSecond(window.firstMinute() * 60), at));
    }

    /** The topic's normal count of members per window over the baseline before {@code windowStart}. */
    private double normal(String topic, long windowStart) {
        long volume = store.memberMinutes(topic, windowStart - settings.baselineMinutes(), windowStart - 1);
        double perWindow = (double) volume / settings.baselineMinutes() * settings.windowMinutes();
        return Math.max(settings.minBaseline(), perWindow);
    }
}
