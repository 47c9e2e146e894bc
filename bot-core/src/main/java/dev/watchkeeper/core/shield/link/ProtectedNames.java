package dev.watchkeeper.core.shield.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names drainer domains imitate, each with its official domains: the bundled {@code
 * protected-names.txt} (exchanges, wallets, DeFi protocols, chains, bridges, NFT markets) plus a
 * community's own. Immutable; thread-safe.
 */
final class ProtectedNames {
    /**
     * One protected name.
     *
     * @param name the name as it appears in domains ({@code metamask})
     * @param domains its official domains; empty for a bare brand name
     * @param word true when the name is also an ordinary word ({@code curve}, {@code base})
     */
    record Name(String name, List<String> domains, boolean word) {
        /** The official domain named in reasons, or the name itself. */
        String shown() {
            return domains.isEmpty() ? name : domains.getFirst();
        }
    }

    private final List<Name> names;
    private final Set<String> official;

    private ProtectedNames(List<Name> names) {
        this.names = List.copyOf(names);
        Set<String> all = new java.util.HashSet<>();
        names.forEach(n -> all.addAll(n.domains()));
        this.official = Set.copyOf(all);
    }

    /** The bundled names plus the community's official domains and brand names. */
    static ProtectedNames bundledWith(Set<String> communityDomains, Set<String> communityBrands) {
        Map<String, Name> byName = new LinkedHashMap<>();
        for (String line : LinkResources.lines("protected-names.txt")) {
            String[] parts = line.split("\\s+");
            List<String> domains = new ArrayList<>();
            boolean word = false;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].contains(".")) {
                    domains.add(parts[i]);
                } else {
                    word |= parts[i].equals("word");
                }
            }
            byName.merge(parts[0], new Name(parts[0], domains, word), ProtectedNames::join);
        }
        for (String domain : communityDomains) {
            String d = domain.toLowerCase(Locale.ROOT);
            int dot = d.indexOf('.');
            String name = dot > 0 ? d.substring(0, dot) : d;
            byName.merge(name, new Name(name, List.of(d), false), ProtectedNames::join);
        }
        for (String brand : communityBrands) {
            String b = brand.toLowerCase(Locale.ROOT);
            byName.merge(b, new Name(b, List.of(), false), ProtectedNames::join);
        }
        return new ProtectedNames(new ArrayList<>(byName.values()));
    }

    private static Name join(Name a, Name b) {
        List<String> domains = new ArrayList<>(a.domains());
        b.domains().stream().filter(d -> !domains.contains(d)).forEach(domains::add);
        return new Name(a.name(), domains, a.word() && b.word());
    }

    List<Name> names() {
        return names;
    }

    /** True when the host (ASCII, lower case) is an official domain or a subdomain of one. */
    boolean isOfficial(String host) {
        for (String candidate = host; candidate.indexOf('.') > 0; ) {
            if (official.contains(candidate)) {
                return true;
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
        return false;
    }
}
