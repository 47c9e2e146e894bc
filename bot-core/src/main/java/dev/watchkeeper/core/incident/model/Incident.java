package dev.watchkeeper.core.incident.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident staff declared: a known problem many members ask about. Immutable: every change is
 * a new value written back with {@link IncidentStore#compareAndSet}; {@link #version()} is set by
 * the store.
 *
 * @param id the short id, such as {@code INC-7}
 * @param version the store's version of this value; 0 before it is stored
 * @param title the incident's title, as staff gave it
 * @param status where it is in its life
 * @param messages the current status message per language (ISO 639-1), as staff gave them; the
 *     staff language's is the one shown where the member's is missing
 * @param statusPage an optional link to the status page
 * @param topics the topics it covers: knowledge-base entry ids and signal topics
 * @param openedBy who opened it
 * @param times its timeline's key moments
 * @param announcements the announcements posted for it, edited in place on each update
 * @param phrasings how members word it: the redacted messages of the spike it was opened from,
 *     those it learned while open and those staff added, oldest first, at most {@value
 *     #PHRASINGS_KEPT}; a question alike to one of them is about it
 */
public record Incident(
        IncidentId id,
        long version,
        String title,
        IncidentStatus status,
        Map<String, String> messages,
        @Nullable String statusPage,
        Set<String> topics,
        UserRef openedBy,
        IncidentTimes times,
        List<MessageRef> announcements,
        List<String> phrasings) {
    /** The most phrasings an incident keeps. */
    public static final int PHRASINGS_KEPT = 150;

    public Incident {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(openedBy, "openedBy");
        requireNonNull(times, "times");
        messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        topics = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(topics));
        announcements = List.copyOf(announcements);
        // incidents stored before phrasings existed have none
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }

    /** As above, with no phrasings yet. */
    public Incident(
            IncidentId id,
            long version,
            String title,
            IncidentStatus status,
            Map<String, String> messages,
            @Nullable String statusPage,
            Set<String> topics,
            UserRef openedBy,
            IncidentTimes times,
            List<MessageRef> announcements) {
        this(id, version, title, status, messages, statusPage, topics, openedBy, times, announcements, List.of());
    }

    /**
     * This incident with more phrasings: those it does not have yet, while it keeps fewer than
     * {@value #PHRASINGS_KEPT}; itself when none is new.
     */
    public Incident withPhrasings(List<String> more) {
        LinkedHashSet<String> next = new LinkedHashSet<>(phrasings);
        for (String phrasing : more) {
            String plain = phrasing.strip();
            if (!plain.isEmpty() && next.size() < PHRASINGS_KEPT) {
                next.add(plain);
            }
        }
        if (next.size() == phrasings.size()) {
            return this;
        }
        return new Incident(
                id,
                version,
                title,
                status,
                messages,
                statusPage,
                topics,
                openedBy,
                times,
                announcements,
                List.copyOf(next));
    }

    /** This value as stored at a version. */
    public Incident withVersion(long newVersion) {
        return new Incident(
                id, newVersion, title, status, messages, statusPage, topics, openedBy, times, announcements, phrasings);
    }

    /** The message for a member who speaks {@code language}: theirs, else {@code fallback}'s, else any. */
    public Optional<String> message(@Nullable String language, String fallback) {
        if (language != null && messages.containsKey(language)) {
            return Optional.of(messages.get(language));
        }
        if (messages.containsKey(fallback)) {
            return Optional.of(messages.get(fallback));
        }
        return messages.values().stream().findFirst();
    }

    /** This incident with a new status and, when given, a new message in {@code language}. */
    public Incident updated(
            IncidentStatus newStatus, @Nullable String language, @Nullable String message, Instant now) {
        Map<String, String> next = new LinkedHashMap<>(messages);
        if (language != null && message != null && !message.isBlank()) {
            if (newStatus != status) {
                // a new status makes the other languages' messages stale
                next.clear();
            }
            next.put(language, message.strip());
        }
        IncidentTimes nextTimes = newStatus == IncidentStatus.RESOLVED ? times.resolved(now) : times.updated(now);
        return new Incident(
                id, version, title, newStatus, next, statusPage, topics, openedBy, nextTimes, announcements, phrasings);
    }

    /** This incident with a translation of its current message. */
    public Incident translated(String language, String message, Instant now) {
        Map<String, String> next = new LinkedHashMap<>(messages);
        next.put(language, message.strip());
        return new Incident(
                id,
                version,
                title,
                status,
                next,
                statusPage,
                topics,
                openedBy,
                times.updated(now),
                announcements,
                phrasings);
    }

    /** This incident with its status page link. */
    public Incident withStatusPage(String link, Instant now) {
        return new Incident(
                id,
                version,
                title,
                status,
                messages,
                link,
                topics,
                openedBy,
                times.updated(now),
                announcements,
                phrasings);
    }

    /** This incident covering one more topic. */
    public Incident withTopic(String topic) {
        Set<String> next = new LinkedHashSet<>(topics);
        next.add(topic);
        return new Incident(
                id, version, title, status, messages, statusPage, next, openedBy, times, announcements, phrasings);
    }

    /** This incident with one more announcement to keep up to date. */
    public Incident withAnnouncement(MessageRef message) {
        if (announcements.contains(message)) {
            return this;
        }
        List<MessageRef> next = new java.util.ArrayList<>(announcements);
        next.add(message);
        return new Incident(id, version, title, status, messages, statusPage, topics, openedBy, times, next, phrasings);
    }
}
