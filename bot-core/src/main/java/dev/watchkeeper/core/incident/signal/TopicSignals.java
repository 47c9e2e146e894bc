package dev.watchkeeper.core.incident.signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Counts members writing about each topic and tells when one spikes, as {@link SignalSettings}
 * define it: against the topic's own normal rate over the baseline before the window (a moving
 * baseline), with a floor so that a quiet topic needs a real crowd, and once per cooldown. A store
 * that has counted for less than the baseline measures normal rates over what it has, and for its
 * first {@link SignalSettings#learnFor()} it only learns (no alert).
 *
 * <p>Thread-safe; blocks only as long as the store does. Cheap for the common case: the normal
 * rate is read only once a window holds enough members.
 */
public final class TopicSignals {
    /** How many times its normal count a subject backing a topic's spike must hold. */
    static final double SUBJECT_FACTOR = 2.0;

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
        return observe(topic, List.of(), member, sample, at);
    }

    /** Counts one member's message on topics without looking for a spike: subjects' crowds. */
    public void count(List<String> topics, String member, SignalSample sample, Instant at) {
        if (!topics.isEmpty()) {
            store.recordAll(topics, Math.floorDiv(at.getEpochSecond(), 60), member, sample);
        }
    }

    /**
     * Counts one member's message on a topic and on the wider subjects it belongs to (its entry's
     * tags, say), each a signal of its own; present when this message made the topic spike, by
     * itself or backed by a subject, and no alert for the topic was claimed within the cooldown.
     *
     * <p>Backed by a subject: the topic holds at least half of {@code minMembers} and {@code
     * factor} times its normal count, while one of its subjects holds {@code minMembers} and
     * {@value #SUBJECT_FACTOR} times its own normal count. Members of one incident spread over
     * neighbouring entries: the entry leads, its subject supplies the crowd.
     */
    public Optional<Spike> observe(
            String topic, List<String> subjects, String member, SignalSample sample, Instant at) {
        long minute = Math.floorDiv(at.getEpochSecond(), 60);
        List<String> counted = new ArrayList<>(1 + subjects.size());
        counted.add(topic);
        counted.addAll(subjects);
        store.recordAll(counted, minute, member, sample);
        long from = minute - settings.windowMinutes() + 1;
        int members = store.distinctMembers(topic, from, minute);
        boolean alone = members >= settings.minMembers();
        if (!alone && (subjects.isEmpty() || 2 * members < settings.minMembers())) {
            return Optional.empty();
        }
        OptionalDouble normal = normal(topic, from, minute);
        if (normal.isEmpty() || members < settings.factor() * normal.getAsDouble()) {
            return Optional.empty();
        }
        if (!alone && subjects.stream().noneMatch(subject -> crowded(subject, from, minute))) {
            return Optional.empty();
        }
        if (!store.claimAlert(topic, at, at.plus(settings.cooldown()))) {
            return Optional.empty();
        }
        SignalWindow window = store.window(topic, from, minute, settings.examples());
        return Optional.of(
                new Spike(topic, window, normal.getAsDouble(), Instant.ofEpochSecond(window.firstMinute() * 60), at));
    }

    /** A subject holding {@code minMembers} and {@value #SUBJECT_FACTOR} times its normal count. */
    private boolean crowded(String subject, long from, long minute) {
        int members = store.distinctMembers(subject, from, minute);
        if (members < settings.minMembers()) {
            return false;
        }
        OptionalDouble normal = normal(subject, from, minute);
        return normal.isPresent() && members >= SUBJECT_FACTOR * normal.getAsDouble();
    }

    /**
     * The topic's normal count of members per window, over the baseline before {@code
     * windowStart} or over as much of it as the store has counted; empty while the store is still
     * learning ({@link SignalSettings#learnFor()} since its first message).
     */
    private OptionalDouble normal(String topic, long windowStart, long minute) {
        long since = store.since().orElse(minute);
        if (minute - since < settings.learnFor().toMinutes()) {
            return OptionalDouble.empty();
        }
        long span = Math.min(settings.baselineMinutes(), windowStart - since);
        if (span <= 0) {
            return OptionalDouble.of(settings.minBaseline());
        }
        long volume = store.memberMinutes(topic, windowStart - span, windowStart - 1);
        double perWindow = (double) volume / span * settings.windowMinutes();
        return OptionalDouble.of(Math.max(settings.minBaseline(), perWindow));
    }
}
