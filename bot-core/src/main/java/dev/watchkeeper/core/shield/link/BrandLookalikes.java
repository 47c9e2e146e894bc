package dev.watchkeeper.core.shield.link;

import dev.watchkeeper.core.shield.ConfusableSkeleton;
import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recognises domains that imitate a protected brand or domain: the same confusable skeleton
 * ({@code 0kx.com}, {@code οkx.com} with a Greek omicron, also spelled {@code xn--kx-...}), a small
 * edit distance ({@code binnance.com}), the brand's domain inside a longer host at a label boundary
 * ({@code okx.com-login.xyz}, not {@code hampton.org.uk}), the brand spelled with look-alike
 * letters inside a longer label, and the brand next to a bait word or on a throwaway TLD ({@code
 * okx-claim.xyz}). Internationalised hosts are judged on their Unicode form folded to skeletons,
 * never on their punycode. Thread-safe.
 */
final class BrandLookalikes {
    private record OfficialDomain(String domain, String folded) {}

    private record Brand(String name, String skeleton, List<OfficialDomain> domains) {}

    /**
     * A host as the checks read it: as it is for ASCII hosts; for internationalised hosts the
     * Unicode form with every part between dots and hyphens folded to its skeleton.
     */
    private record View(boolean folded, String host, String label, String subdomain, String literalLabel) {}

    /**
     * The weight of the two imitations no legitimate site can show: the community's official
     * domain inside another registrable domain, and its name in confusable letters. As certain
     * as a listed phishing domain.
     */
    private static final double CERTAIN = 0.97;

    private final List<Brand> brands = new ArrayList<>();
    private final Set<String> officialDomains;
    private final ConfusableSkeleton skeleton;

    BrandLookalikes(Set<String> protectedDomains, Set<String> protectedBrands, ConfusableSkeleton skeleton) {
        this.skeleton = skeleton;
        this.officialDomains = Set.copyOf(
                protectedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
        Map<String, Set<String>> byName = new TreeMap<>();
        for (String domain : officialDomains) {
            int dot = domain.indexOf('.');
            String name = dot > 0 ? domain.substring(0, dot) : domain;
            byName.computeIfAbsent(name, n -> new TreeSet<>()).add(domain);
        }
        for (String brand : protectedBrands) {
            byName.computeIfAbsent(brand.toLowerCase(Locale.ROOT), n -> new TreeSet<>());
        }
        byName.forEach((name, domains) -> brands.add(new Brand(
                name,
                skeleton.skeleton(name),
                domains.stream().map(d -> new OfficialDomain(d, fold(d))).toList())));
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
        View view = link.isInternationalised()
                ? new View(
                        true,
                        fold(link.unicodeHost()),
                        fold(link.unicodeLabel()),
                        fold(link.unicodeSubdomain()),
                        link.unicodeLabel())
                : new View(false, link.host(), link.label(), link.subdomain(), link.label());
        boolean throwaway = KnownHosts.isThrowaway(link.suffix());
        String bait = KnownHosts.baitIn(view.folded() ? link.unicodeHost() : link.host());
        String flatLabel = view.label().replace("-", "");
        // the skeleton is the costly step (ICU, twice over): once per link, not once per brand;
        // a folded view is made of skeletons already
        String labelSkeleton = view.folded() ? flatLabel : null;
        for (Brand brand : brands) {
            String name = brand.name();
            String key = view.folded() ? brand.skeleton() : name;
            for (OfficialDomain official : brand.domains()) {
                if (containsAtLabelBoundary(view.host(), view.folded() ? official.folded() : official.domain())) {
                    return hit(
                            CERTAIN, link, "contains " + official.domain() + " but belongs to " + link.registrable());
                }
            }
            if (view.literalLabel().equals(name)) {
                if (!brand.domains().isEmpty() && (throwaway || !bait.isEmpty())) {
                    return hit(0.88, link, name + " on a throwaway suffix or with a bait word");
                }
                continue;
            }
            if (labelSkeleton == null) {
                labelSkeleton = skeleton.skeleton(flatLabel);
            }
            if (!labelSkeleton.isEmpty() && labelSkeleton.equals(brand.skeleton())) {
                return hit(CERTAIN, link, "looks like " + name + " (confusable letters)");
            }
            int tolerance = name.length() >= 10 ? 2 : name.length() >= 7 ? 1 : 0;
            if (tolerance > 0 && EditDistance.osa(flatLabel, key, tolerance) <= tolerance) {
                return hit(0.85, link, "one or two letters away from " + name);
            }
            if (view.folded() && imitates(view, key, name)) {
                return hit(0.9, link, name + " spelled with look-alike letters");
            }
            if (name.length() >= 3 && containsName(view.label(), key) && (throwaway || !bait.isEmpty())) {
                return hit(0.88, link, name + " with " + (bait.isEmpty() ? "a throwaway suffix" : "bait word " + bait));
            }
            // a short name ("okx") only as a whole part of the subdomain: okx.community.xyz, not rokxy.…
            boolean inSubdomain =
                    name.length() >= 4 ? containsName(view.subdomain(), key) : containsWholeName(view.subdomain(), key);
            if (inSubdomain && throwaway) {
                return hit(0.8, link, name + " in the subdomain of " + link.registrable());
            }
        }
        return Optional.empty();
    }

    /**
     * The folded label shows the brand but the label as written does not: its letters were swapped
     * for look-alikes. A short name must also come with mixed scripts, so that a word of another
     * script that happens to fold to three Latin letters is left alone.
     */
    private static boolean imitates(View view, String key, String name) {
        return containsName(view.label(), key)
                && !view.literalLabel().contains(name)
                && (key.length() >= 5 || mixesScripts(view.literalLabel()));
    }

    /** Each part of the host between dots and hyphens folded to its skeleton, the separators kept. */
    private String fold(String host) {
        StringBuilder out = new StringBuilder(host.length());
        int start = 0;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || host.charAt(i) == '.' || host.charAt(i) == '-') {
                out.append(skeleton.skeleton(host.substring(start, i)));
                if (i < host.length()) {
                    out.append(host.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * The domain starts a label of the host (at its start, or after a dot or hyphen) and the host
     * goes on after it: {@code okx.com-login.xyz}, {@code okx.com.verify.io}, {@code
     * binance.company}, {@code binance.comverify.net}, but not {@code hampton.org.uk} for {@code
     * ton.org} nor {@code theledger.com.au} for {@code ledger.com}: a label that merely ends with
     * the brand is another name.
     */
    static boolean containsAtLabelBoundary(String host, String domain) {
        for (int at = host.indexOf(domain); at >= 0; at = host.indexOf(domain, at + 1)) {
            if (at + domain.length() < host.length() && (at == 0 || isSeparator(host.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-';
    }

    private static boolean mixesScripts(String label) {
        Character.UnicodeScript seen = null;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (!Character.isLetter(cp)
                    || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (seen == null) {
                seen = script;
            } else if (script != seen) {
                return true;
            }
        }
        return false;
    }

    /** The name inside the labels; a short one (under five letters) needs a non-letter on one side. */
    private static boolean containsName(String labels, String name) {
        return name.length() >= 5 ? labels.contains(name) : containsBounded(labels, name, false);
    }

    /** True when the name occurs between non-letters (dots, hyphens, digits or the ends). */
    private static boolean containsWholeName(String labels, String name) {
        return containsBounded(labels, name, true);
    }

    /** The name with a non-letter (or an end) on one side of it, or on both. */
    private static boolean containsBounded(String labels, String name, boolean bothSides) {
        for (int i = labels.indexOf(name); i >= 0; i = labels.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean left = i == 0 || !Character.isLetter(labels.charAt(i - 1));
            boolean right = end == labels.length() || !Character.isLetter(labels.charAt(end));
            if (bothSides ? left && right : left || right) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Evidence> hit(double weight, Link link, String why) {
        String host = link.isInternationalised() ? link.unicodeHost() + " (" + link.host() + ")" : link.host();
        return Optional.of(new Evidence(Signal.LOOKALIKE_DOMAIN, weight, host + ": " + why));
    }
}
