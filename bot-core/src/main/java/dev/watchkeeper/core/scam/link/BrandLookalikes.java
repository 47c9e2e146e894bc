package dev.watchkeeper.core.scam.link;

import dev.watchkeeper.core.scam.ConfusableSkeleton;
import dev.watchkeeper.core.scam.Evidence;
import dev.watchkeeper.core.scam.Signal;
import dev.watchkeeper.core.scam.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises domains that imitate a protected brand or domain: the same confusable skeleton
 * ({@code 0kx.com}, {@code οkx.com} with a Greek omicron), a small edit distance ({@code
 * binnance.com}), the brand's domain inside a longer host ({@code okx.com-login.xyz}), and the
 * brand next to a bait word or on a throwaway TLD ({@code okx-claim.xyz}). Thread-safe.
 */
final class BrandLookalikes {
    private record Brand(String name, String skeleton, Set<String> domains) {}

    private final List<Brand> brands = new ArrayList<>();
    private final Set<String> officialDomains;
    private final ConfusableSkeleton skeleton;

    BrandLookalikes(Set<String> protectedDomains, Set<String> protectedBrands, ConfusableSkeleton skeleton) {
        this.skeleton = skeleton;
        this.officialDomains = Set.copyOf(
                protectedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
        java.util.Map<String, java.util.Set<String>> byName = new java.util.TreeMap<>();
        for (String domain : officialDomains) {
            int dot = domain.indexOf('.');
            String name = dot > 0 ? domain.substring(0, dot) : domain;
            byName.computeIfAbsent(name, n -> new java.util.TreeSet<>()).add(domain);
        }
        for (String brand : protectedBrands) {
            byName.computeIfAbsent(brand.toLowerCase(Locale.ROOT), n -> new java.util.TreeSet<>());
        }
        byName.forEach((name, domains) -> brands.add(new Brand(name, skeleton.skeleton(name), Set.copyOf(domains))));
    }

    /** True when the host is an official domain or a subdomain of one. */
    boolean isOfficial(String host) {
        for (String d : officialDomains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    Optional<Evidence> judge(Link link) {
        String label = link.label();
        String flatLabel = label.replace("-", "");
        boolean throwaway = KnownHosts.isThrowaway(link.suffix());
        String bait = KnownHosts.baitIn(link.host());
        // the skeleton is the costly step (ICU, twice over): once per link, not once per brand
        String labelSkeleton = null;
        for (Brand brand : brands) {
            String name = brand.name();
            for (String domain : brand.domains()) {
                int at = link.host().indexOf(domain);
                if (at >= 0 && at + domain.length() < link.host().length()) {
                    return hit(0.92, link, "contains " + domain + " but belongs to " + link.registrable());
                }
            }
            if (label.equals(name)) {
                if (!brand.domains().isEmpty() && (throwaway || !bait.isEmpty())) {
                    return hit(0.88, link, name + " on a throwaway suffix or with a bait word");
                }
                continue;
            }
            if (labelSkeleton == null) {
                labelSkeleton = skeleton.skeleton(flatLabel);
            }
            if (!labelSkeleton.isEmpty() && labelSkeleton.equals(brand.skeleton())) {
                return hit(0.92, link, "looks like " + name + " (confusable letters)");
            }
            int tolerance = name.length() >= 10 ? 2 : name.length() >= 7 ? 1 : 0;
            if (tolerance > 0 && EditDistance.osa(flatLabel, name, tolerance) <= tolerance) {
                return hit(0.85, link, "one or two letters away from " + name);
            }
            if (name.length() >= 3 && containsName(label, name) && (throwaway || !bait.isEmpty())) {
                return hit(0.88, link, name + " with " + (bait.isEmpty() ? "a throwaway suffix" : "bait word " + bait));
            }
            if (name.length() >= 4 && containsName(link.subdomain(), name) && throwaway) {
                return hit(0.8, link, name + " in the subdomain of " + link.registrable());
            }
        }
        return Optional.empty();
    }

    private static boolean containsName(String labels, String name) {
        if (name.length() >= 5) {
            return labels.contains(name);
        }
        int i = labels.indexOf(name);
        while (i >= 0) {
            int end = i + name.length();
            boolean left = i == 0 || !Character.isLetter(labels.charAt(i - 1));
            boolean right = end == labels.length() || !Character.isLetter(labels.charAt(end));
            if (left || right) {
                return true;
            }
            i = labels.indexOf(name, i + 1);
        }
        return false;
    }

    private static Optional<Evidence> hit(double weight, Link link, String why) {
        return Optional.of(new Evidence(Signal.LOOKALIKE_DOMAIN, weight, link.unicodeHost() + ": " + why));
    }
}
