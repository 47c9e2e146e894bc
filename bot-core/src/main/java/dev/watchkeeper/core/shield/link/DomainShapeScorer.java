package dev.watchkeeper.core.shield.link;

import dev.watchkeeper.core.shield.ConfusableSkeleton;
import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a link's host by its shape, before any list knows it: look-alikes of protected names
 * (exchanges, wallets, protocols, chains, bridges, NFT markets), bait words, throwaway TLDs,
 * free hosting platforms (where the tenant's label is what is scored) and random-looking labels,
 * weighed by a {@link DomainShapeModel} fitted on data. Official domains of protected names are
 * never flagged. Work per link is bounded by the host's length and the number of protected
 * names; pure arithmetic at run time. Thread-safe; never blocks.
 */
public final class DomainShapeScorer {
    private static final int REASONS = 3;

    private final ProtectedNames names;
    private final LookalikeFeatures lookalikes;
    private final DomainShapeModel model;
    private final List<String> maskedNames;

    private DomainShapeScorer(ProtectedNames names, ConfusableSkeleton skeleton, DomainShapeModel model) {
        this.names = names;
        this.maskedNames = names.names().stream()
                .filter(n -> !n.word() && n.name().length() >= 4)
                .map(ProtectedNames.Name::name)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        this.lookalikes = new LookalikeFeatures(names, skeleton);
        this.model = model;
    }

    /**
     * A scorer with the bundled protected names and the community's own, weighed by the given
     * model.
     */
    public static DomainShapeScorer create(
            ConfusableSkeleton skeleton,
            Set<String> communityDomains,
            Set<String> communityBrands,
            DomainShapeModel model) {
        return new DomainShapeScorer(ProtectedNames.bundledWith(communityDomains, communityBrands), skeleton, model);
    }

    /** A scorer with the bundled protected names and the bundled model. */
    public static DomainShapeScorer bundled(ConfusableSkeleton skeleton) {
        return create(skeleton, Set.of(), Set.of(), DomainShapeModel.bundled());
    }

    /** The model this scorer weighs by. */
    public DomainShapeModel model() {
        return model;
    }

    /** True when the host (ASCII, lower case) is an official domain of a protected name. */
    public boolean isOfficial(String host) {
        return names.isOfficial(host);
    }

    /** The features of a link's host. */
    public DomainShape shape(Link link) {
        String shown = link.unicodeHost();
        if (names.isOfficial(link.host())) {
            return new DomainShape(shown, true, List.of());
        }
        String suffix = link.suffix();
        String tenant = link.label();
        String subdomain = link.subdomain();
        boolean hosted = DomainVocabulary.isHosting(suffix);
        if (!hosted && DomainVocabulary.isHosting(link.registrable()) && !subdomain.isEmpty()) {
            // a platform the public suffix list does not name: its tenant is the label in front of it
            hosted = true;
            suffix = link.registrable();
            int dot = subdomain.lastIndexOf('.');
            tenant = subdomain.substring(dot + 1);
            subdomain = dot < 0 ? "" : subdomain.substring(0, dot);
        }
        subdomain = withoutWww(subdomain);
        List<DomainShape.Feature> features = new ArrayList<>();
        if (link.isInternationalised()) {
            // read as written, not as punycode, whose "xn--" and letter soup say nothing
            tenant = Link.toUnicode(tenant);
            if (mixesScripts(tenant)) {
                // an internationalised name alone is no sign: a Russian or German one is ordinary
                features.add(new DomainShape.Feature(
                        "idn:mixed-scripts", 1.0, "letters of two scripts in '" + tenant + "'"));
            }
            subdomain = Link.toUnicode(subdomain);
            lookalikes.addInternationalised(shown, tenant, subdomain, features);
        } else {
            lookalikes.add(link.host(), tenant, subdomain, features);
        }
        ShapeFeatures.add(suffix, hosted, tenant, subdomain, features);
        ShapeFeatures.grams(maskNames(tenant), maskNames(subdomain), features);
        return new DomainShape(shown, false, features);
    }

    /** The probability that the link's host is a drainer or phishing domain. */
    public double probability(Link link) {
        return model.probability(shape(link));
    }

    /**
     * Evidence against the link when the model's probability reaches its threshold: the
     * probability is the weight, the features that drove it the reason. A look-alike of a
     * protected name is {@link Signal#LOOKALIKE_DOMAIN}, anything else {@link Signal#BAIT_DOMAIN}.
     */
    public Optional<Evidence> judge(Link link) {
        DomainShape shape = shape(link);
        double p = model.probability(shape);
        if (p < model.threshold()) {
            return Optional.empty();
        }
        List<DomainShape.Feature> drivers = new ArrayList<>();
        for (DomainShape.Feature f : shape.features()) {
            if (!f.reason().isEmpty() && model.weight(f.name()) > 0) {
                drivers.add(f);
            }
        }
        drivers.sort(Comparator.comparingDouble((DomainShape.Feature f) -> model.weight(f.name()) * f.value())
                .reversed());
        List<String> reasons = new ArrayList<>();
        boolean lookalike = false;
        for (DomainShape.Feature f : drivers.subList(0, Math.min(REASONS, drivers.size()))) {
            if (!reasons.contains(f.reason())) {
                reasons.add(f.reason());
            }
            lookalike |= f.name().startsWith("brand");
        }
        if (reasons.size() < REASONS) {
            grams(shape).ifPresent(reasons::add);
        }
        String why = reasons.isEmpty() ? "looks like a drainer domain" : String.join(", ", reasons);
        return Optional.of(new Evidence(
                lookalike ? Signal.LOOKALIKE_DOMAIN : Signal.BAIT_DOMAIN,
                p,
                String.format(Locale.ROOT, "%s: %s (domain model %.2f)", shape.host(), why, p)));
    }

    /**
     * The letter sequences that weighed most towards a drainer domain, as a reason, when together
     * they weigh at least as much as one strong named feature.
     */
    private Optional<String> grams(DomainShape shape) {
        List<DomainShape.Feature> grams = new ArrayList<>();
        double total = 0;
        for (DomainShape.Feature f : shape.features()) {
            double w = model.weight(f.name()) * f.value();
            if (f.name().startsWith(ShapeFeatures.GRAM) && w > 0) {
                grams.add(f);
                total += w;
            }
        }
        if (total < 1.0) {
            return Optional.empty();
        }
        grams.sort(Comparator.comparingDouble((DomainShape.Feature f) -> model.weight(f.name()))
                .reversed());
        List<String> shown = new ArrayList<>();
        for (DomainShape.Feature f : grams) {
            String piece = f.name()
                    .substring(ShapeFeatures.GRAM.length())
                    .replace("^", "")
                    .replace("$", "");
            if (piece.length() >= ShapeFeatures.GRAM_MIN && shown.stream().noneMatch(s -> s.contains(piece))) {
                shown.add(piece);
                if (shown.size() == 3) {
                    break;
                }
            }
        }
        return shown.isEmpty()
                ? Optional.empty()
                : Optional.of("pieces common in drainer domains ('" + String.join("', '", shown) + "')");
    }

    /** The labels with each protected name of four letters or more (not an ordinary word) as {@code #}. */
    private String maskNames(String labels) {
        String out = labels;
        for (String name : maskedNames) {
            if (out.contains(name)) {
                out = out.replace(name, "#");
            }
        }
        return out;
    }

    private static boolean mixesScripts(String label) {
        Character.UnicodeScript seen = null;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (seen == null) {
                seen = script;
            } else if (script != seen) {
                return true;
            }
        }
        return false;
    }

    private static String withoutWww(String subdomain) {
        if (subdomain.equals("www")) {
            return "";
        }
        return subdomain.startsWith("www.") ? subdomain.substring(4) : subdomain;
    }
}
