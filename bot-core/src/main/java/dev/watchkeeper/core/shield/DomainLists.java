package dev.watchkeeper.core.shield;

/**
 * Port: deny and allow lists of domains (phishing lists, the community's official domains).
 * Implementations must be thread-safe and must not block: refreshing from the network happens in
 * the background and lookups use the last good copy.
 */
public interface DomainLists {
    /** What the lists say about a host. */
    enum Status {
        /** On an allow list (the host or a parent domain). */
        ALLOWED,
        /** On a deny list (the host or a parent domain), or a fuzzy match of a listed target. */
        DENIED,
        /** On no list. */
        UNKNOWN
    }

    /**
     * A lookup result.
     *
     * @param status allowed, denied or unknown
     * @param source the list and entry that decided it, for the reason's evidence; empty when
     *     unknown
     */
    record Match(Status status, String source) {
        public static final Match UNKNOWN = new Match(Status.UNKNOWN, "");
    }

    /** Looks up an ASCII (punycode), lower-case host. Allow entries win over deny entries. */
    Match lookup(String asciiHost);

    /** The first answer that is not {@link Status#UNKNOWN}, asking the lists in order. */
    static DomainLists firstOf(DomainLists... lists) {
        DomainLists[] copy = lists.clone();
        return host -> {
            for (DomainLists list : copy) {
                Match match = list.lookup(host);
                if (match.status() != Status.UNKNOWN) {
                    return match;
                }
            }
            return Match.UNKNOWN;
        };
    }

    /** No lists at all. */
    static DomainLists none() {
        return host -> Match.UNKNOWN;
    }
}
