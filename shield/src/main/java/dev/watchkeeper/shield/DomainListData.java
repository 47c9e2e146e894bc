package dev.watchkeeper.shield;

import java.util.List;
import java.util.Set;

/**
 * The parsed content of one list.
 *
 * @param source a name for evidence ("metamask", "community allow list", …)
 * @param allowWithSubdomains hosts allowed together with their subdomains
 * @param allowExact hosts allowed exactly (polkadot's allow list names hosting platforms whose
 *     other subdomains may still be phishing)
 * @param deny hosts denied together with their subdomains
 * @param fuzzy targets whose near misses are denied (MetaMask's fuzzylist)
 * @param tolerance edit distance for fuzzy targets
 * @param skippedLines lines of a plain-text list that were not host names and were left out
 */
public record DomainListData(
        String source,
        Set<String> allowWithSubdomains,
        Set<String> allowExact,
        Set<String> deny,
        List<String> fuzzy,
        int tolerance,
        int skippedLines) {
    public DomainListData {
        allowWithSubdomains = Set.copyOf(allowWithSubdomains);
        allowExact = Set.copyOf(allowExact);
        deny = Set.copyOf(deny);
        fuzzy = List.copyOf(fuzzy);
    }

    /** A list with no skipped lines. */
    public DomainListData(
            String source,
            Set<String> allowWithSubdomains,
            Set<String> allowExact,
            Set<String> deny,
            List<String> fuzzy,
            int tolerance) {
        this(source, allowWithSubdomains, allowExact, deny, fuzzy, tolerance, 0);
    }

    /** The number of entries: hosts allowed or denied and fuzzy targets. */
    public int size() {
        return allowWithSubdomains.size() + allowExact.size() + deny.size() + fuzzy.size();
    }

    /** An allow list of official domains (with subdomains). */
    public static DomainListData allow(String source, Set<String> domains) {
        return new DomainListData(source, domains, Set.of(), Set.of(), List.of(), 0);
    }

    /** A deny list (with subdomains). */
    public static DomainListData deny(String source, Set<String> domains) {
        return new DomainListData(source, Set.of(), Set.of(), domains, List.of(), 0);
    }
}
