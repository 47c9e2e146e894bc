package dev.watchkeeper.core.shield;

import java.util.Set;

/**
 * Port: where the community's allow and deny lists are kept between restarts, so that {@link
 * CommunityDomains} can load them when it starts and write every change through. Domains arrive
 * normalised. Thread-safe; a networked implementation blocks for a round trip and throws when
 * the write did not happen, so that no moderator is told a change was saved when it was not.
 */
public interface CommunityDomainStore {
    /** The allowed domains. */
    Set<String> allowed();

    /** The denied domains. */
    Set<String> denied();

    /** Puts the domain on the allow list and takes it off the deny list. */
    void allow(String domain);

    /** Puts the domain on the deny list. */
    void deny(String domain);

    /** Takes the domain off both lists. */
    void unlist(String domain);
}
