package dev.watchkeeper.core.incident.model;

import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.TicketId;
import java.util.List;
import java.util.Optional;

/**
 * Port: where incidents, their timelines, linked members and the alerts that led to them are kept
 * (in Redis in production, so that they survive restarts and several instances share them; in
 * memory for the demo). Implementations are thread-safe; a networked one blocks for a round trip
 * and throws {@link dev.watchkeeper.core.store.StoreUnavailableException} while the store is away.
 */
public interface IncidentStore {
    /** The next number for an incident id; never the same twice. */
    long nextNumber();

    /**
     * Stores a new incident at version 1 and returns it.
     *
     * @throws IllegalStateException when its id is taken
     */
    Incident create(Incident incident);

    Optional<Incident> find(IncidentId id);

    /**
     * Writes {@code next} if the stored value is still at {@code current}'s version; returns it at
     * its new version, or empty when another writer came first.
     */
    Optional<Incident> compareAndSet(Incident current, Incident next);

    /** The incidents not yet resolved, oldest first. */
    List<Incident> open();

    /** The latest incidents, open or resolved, newest first, at most {@code limit}. */
    List<Incident> recent(int limit);

    /** Adds a line to an incident's timeline. */
    void appendTimeline(IncidentId id, TimelineEntry entry);

    /** An incident's timeline, oldest first. */
    List<TimelineEntry> timeline(IncidentId id);

    /**
     * Links a member to an incident, or adds their ticket to their link; a member is linked once.
     *
     * @return true when this call linked the member or their ticket for the first time
     */
    boolean link(IncidentId id, LinkedMember member);

    /** The members linked to an incident, in the order they were linked. */
    List<LinkedMember> linked(IncidentId id);

    /** The member's link to an incident, if they are linked ({@link LinkedMember#key()}). */
    Optional<LinkedMember> linkOf(IncidentId id, String memberKey);

    /** The incident a ticket is linked to, if any. */
    Optional<IncidentId> incidentOfTicket(TicketId ticket);

    /**
     * Claims the resolution message of one linked member: true the first time only, so that each
     * member gets it once whatever instance or retry sends it.
     */
    boolean claimResolutionNotice(IncidentId id, String memberKey);

    /** Counts one member question answered with the incident's status. */
    void countStatusAnswer(IncidentId id);

    /** How many member questions were answered with the incident's status. */
    long statusAnswers(IncidentId id);

    /** Keeps an alert for its button. */
    void saveAlert(SignalAlert alert);

    Optional<SignalAlert> findAlert(String id);
}
