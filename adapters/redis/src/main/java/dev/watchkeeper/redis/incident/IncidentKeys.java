package dev.watchkeeper.redis.incident;

import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.redis.RedisStores;

/** The keys of the incident store: an incident's hash and the keys that hang off it, and the indexes. */
final class IncidentKeys {
    private final RedisStores redis;

    IncidentKeys(RedisStores redis) {
        this.redis = redis;
    }

    /** The prefix of incident hashes, for scripts that read incidents by id. */
    String incidentPrefix() {
        return redis.key("incident", "");
    }

    /** Hash: {@code version}, {@code data} (the incident) and {@code answers} (status answers). */
    String incident(IncidentId id) {
        return redis.key("incident", id.value());
    }

    /** List: the timeline entries, oldest first. */
    String timeline(IncidentId id) {
        return redis.key("incident", id.value(), "timeline");
    }

    /** Hash: member key to the member's link as first written. */
    String linked(IncidentId id) {
        return redis.key("incident", id.value(), "linked");
    }

    /** List: member keys in the order they were linked. */
    String linkOrder(IncidentId id) {
        return redis.key("incident", id.value(), "linkorder");
    }

    /** Hash: member key to the ticket linked with the member. */
    String linkedTickets(IncidentId id) {
        return redis.key("incident", id.value(), "tickets");
    }

    /** Set: member keys whose resolution message was claimed. */
    String notified(IncidentId id) {
        return redis.key("incident", id.value(), "notified");
    }

    /** Sorted set: every incident id by opening time. */
    String all() {
        return redis.key("incidents", "all");
    }

    /** Sorted set: the ids of open incidents by opening time. */
    String open() {
        return redis.key("incidents", "open");
    }

    /** Hash: ticket id to the incident it was first linked to. */
    String ticketIndex() {
        return redis.key("incidents", "tickets");
    }

    /** String (INCR): the last incident number. */
    String sequence() {
        return redis.key("seq", "incidents");
    }

    /** String, expires: one alert for its button. */
    String alert(String id) {
        return redis.key("alert", id);
    }
}
