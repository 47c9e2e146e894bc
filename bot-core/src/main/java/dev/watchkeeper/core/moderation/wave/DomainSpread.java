package dev.watchkeeper.core.moderation.wave;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flagged link domains seen within the window, each with its trail. A domain goes away when it
 * has been quiet for the window; at most {@value #MOST_DOMAINS} are kept, the one quiet longest
 * making room. Not thread-safe: {@link ScamWaves} guards it.
 */
final class DomainSpread {
    static final int MOST_DOMAINS = 512;

    private final Map<String, Trail> domains = new LinkedHashMap<>();

    void forgetBefore(Instant cutoff) {
        domains.values().removeIf(trail -> trail.forgetBefore(cutoff));
    }

    /** Adds a sighting of one of its domains; the domain's trail. */
    Trail add(String domain, Sighting sighting) {
        Trail trail = domains.get(domain);
        if (trail == null) {
            if (domains.size() >= MOST_DOMAINS) {
                domains.entrySet().stream()
                        .min(Comparator.comparing(e -> e.getValue().lastSeen()))
                        .map(Map.Entry::getKey)
                        .ifPresent(domains::remove);
            }
            trail = new Trail(sighting.at());
            domains.put(domain, trail);
        }
        trail.add(sighting);
        return trail;
    }

    /** True when the domain is part of a wave moderators were alerted to. */
    boolean alerted(String domain) {
        Trail trail = domains.get(domain);
        return trail != null && trail.alerted();
    }

    int size() {
        return domains.size();
    }
}
