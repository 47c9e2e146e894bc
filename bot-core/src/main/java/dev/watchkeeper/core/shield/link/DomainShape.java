package dev.watchkeeper.core.shield.link;

import java.util.List;

/**
 * What a link's host looks like, as the features of the domain shape model: each a name (such
 * as {@code tld:xyz}, {@code bait:claim}, {@code brand:token}), a value (mostly 1) and, for those
 * a moderator can read, the reason to show.
 *
 * @param host the host as a reader sees it
 * @param official true for an official domain of a protected name (or a subdomain of one): such
 *     a host is never flagged, and has no features
 * @param features the features, in a fixed order for a given host
 */
public record DomainShape(String host, boolean official, List<DomainShape.Feature> features) {
    public DomainShape {
        features = List.copyOf(features);
    }

    /**
     * One feature.
     *
     * @param name the name the model's weights are keyed by
     * @param value its value, 0 to 1
     * @param reason what it means for this host, for moderators; empty when it says nothing alone
     */
    public record Feature(String name, double value, String reason) {}
}
