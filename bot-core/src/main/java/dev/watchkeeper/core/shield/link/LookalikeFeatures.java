package dev.watchkeeper.core.shield.link;

import dev.watchkeeper.core.shield.ConfusableSkeleton;
import dev.watchkeeper.core.shield.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The look-alike features of a host: a protected name's official domain inside a longer host
 * ({@code metamask.io-claim.net}), the name as the whole label on another domain ({@code
 * metamask.xyz}), as one hyphenated part of it ({@code metamask-io.com}), inside it ({@code
 * metamaskwallet.com}), spelled with confusable letters ({@code rnetamask.com}, {@code
 * 0kx.com}), one or two letters away ({@code metamsk-login.com}), or in the subdomain ({@code
 * uniswap.app-claim.net}). Names that are also ordinary words ({@code curve}, {@code base}) give
 * separate, weaker features and are only matched whole. Thread-safe.
 */
final class LookalikeFeatures {
    private record Entry(ProtectedNames.Name name, String skeleton) {}

    private final List<Entry> entries = new ArrayList<>();
    private final ConfusableSkeleton skeleton;

    LookalikeFeatures(ProtectedNames names, ConfusableSkeleton skeleton) {
        this.skeleton = skeleton;
        for (ProtectedNames.Name n : names.names()) {
            entries.add(new Entry(n, skeleton.skeleton(n.name())));
        }
    }

    /**
     * The features of an internationalised host (its Unicode form): only the official domains
     * inside it and confusable spellings of the names count, since a name in plain Latin letters
     * next to words of another script ({@code bäckerei-ton.com}) is an ordinary name.
     */
    void addInternationalised(String host, String tenant, String subdomain, List<DomainShape.Feature> out) {
        Set<String> kinds = new TreeSet<>();
        String flat = tenant.replace("-", "");
        String flatSkeleton = skeleton.skeleton(flat);
        for (Entry e : entries) {
            ProtectedNames.Name n = e.name();
            String prefix = n.word() ? "brandword:" : "brand:";
            for (String official : n.domains()) {
                if (BrandLookalikes.containsAtLabelBoundary(host, official)) {
                    add(out, kinds, prefix + "official-inside", "look-alike of " + official + " inside '" + host + "'");
                }
            }
            if (!flat.contains(n.name()) && confusable(flatSkeleton, e.skeleton(), n)) {
                add(out, kinds, prefix + "confusable", "look-alike of " + n.shown() + " in confusable letters");
            }
        }
    }

    /**
     * Adds one feature per kind of match found (the first protected name that matches that way).
     *
     * @param host the whole host (for internationalised hosts, the Unicode form)
     * @param tenant the label that names the site (the registrable label, or a hosting tenant's)
     * @param subdomain the labels in front of the tenant, without {@code www}
     */
    void add(String host, String tenant, String subdomain, List<DomainShape.Feature> out) {
        Set<String> kinds = new TreeSet<>();
        String flat = tenant.replace("-", "");
        String[] tokens = tenant.split("-");
        String flatSkeleton = skeleton.skeleton(flat);
        String[] subTokens = subdomain.isEmpty() ? new String[0] : subdomain.split("[.-]");
        for (Entry e : entries) {
            ProtectedNames.Name n = e.name();
            String name = n.name();
            String prefix = n.word() ? "brandword:" : "brand:";
            for (String official : n.domains()) {
                if (BrandLookalikes.containsAtLabelBoundary(host, official)) {
                    add(out, kinds, prefix + "official-inside", "look-alike of " + official + " inside '" + host + "'");
                }
            }
            if (tenant.equals(name)) {
                add(out, kinds, prefix + "label", "the name " + name + " (" + n.shown() + ") on another domain");
            } else if (contains(tokens, name)) {
                add(out, kinds, prefix + "token", "look-alike of " + n.shown() + " inside '" + host + "'");
            } else if (!n.word() && name.length() >= 5 && flat.contains(name)) {
                add(out, kinds, prefix + "inside", "look-alike of " + n.shown() + " inside '" + host + "'");
            } else if (!flat.contains(name) && confusable(flatSkeleton, e.skeleton(), n)) {
                add(out, kinds, prefix + "confusable", "look-alike of " + n.shown() + " in confusable letters");
            } else if (!n.word() && name.length() >= 5) {
                int distance = closest(tokens, flat, name);
                if (distance > 0) {
                    add(
                            out,
                            kinds,
                            prefix + "edit" + distance + (name.length() >= 8 ? "-long" : "-short"),
                            "look-alike of " + n.shown() + " (" + distance + " letter" + (distance > 1 ? "s" : "")
                                    + " off) in '" + host + "'");
                }
            }
            if (contains(subTokens, name) || (!n.word() && name.length() >= 5 && subdomain.contains(name))) {
                add(out, kinds, prefix + "subdomain", n.shown() + " named in the subdomain of '" + host + "'");
            }
        }
    }

    private static void add(List<DomainShape.Feature> out, Set<String> kinds, String kind, String reason) {
        if (kinds.add(kind)) {
            out.add(new DomainShape.Feature(kind, 1.0, reason));
        }
    }

    private static boolean confusable(String flatSkeleton, String nameSkeleton, ProtectedNames.Name n) {
        if (flatSkeleton.equals(nameSkeleton)) {
            return true;
        }
        return !n.word() && n.name().length() >= 5 && flatSkeleton.contains(nameSkeleton);
    }

    /** The smallest edit distance, 1 or 2, from a part of the label to the name; 0 when none is that close. */
    private static int closest(String[] tokens, String flat, String name) {
        int tolerance = name.length() >= 9 ? 2 : 1;
        int best = tolerance + 1;
        for (String token : tokens) {
            best = Math.min(best, distance(token, name, tolerance));
        }
        if (tokens.length > 1) {
            best = Math.min(best, distance(flat, name, tolerance));
        }
        return best <= tolerance ? best : 0;
    }

    private static int distance(String part, String name, int tolerance) {
        if (Math.abs(part.length() - name.length()) > tolerance || part.equals(name)) {
            return tolerance + 1;
        }
        return EditDistance.osa(part, name, tolerance);
    }

    private static boolean contains(String[] tokens, String name) {
        for (String t : tokens) {
            if (t.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
