package dev.watchkeeper.core.moderation.wave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Families of near-duplicate flagged texts seen within the window: each new text joins the family
 * whose first or latest text it is most like (at or above the similarity setting), or starts its
 * own. A family goes away when it has been quiet for the window; at most {@value #MOST_FAMILIES}
 * are kept, the one quiet longest making room. Not thread-safe: {@link ScamWaves} guards it.
 */
final class DuplicateBursts {
    static final int MOST_FAMILIES = 256;
    private static final int MOST_DOMAINS = 16;

    /** One family: its first and latest texts, its trail and the flagged domains its texts carried. */
    static final class Family {
        private final TextFingerprint first;
        private TextFingerprint latest;
        final Trail trail;
        final Set<String> domains = new LinkedHashSet<>();

        private Family(TextFingerprint first, Instant at) {
            this.first = first;
            this.latest = first;
            this.trail = new Trail(at);
        }

        private double similarity(TextFingerprint text) {
            return Math.max(first.similarity(text), latest.similarity(text));
        }
    }

    private final double similarity;
    private final List<Family> families = new ArrayList<>();

    DuplicateBursts(double similarity) {
        this.similarity = similarity;
    }

    void forgetBefore(Instant cutoff) {
        families.removeIf(f -> f.trail.forgetBefore(cutoff));
    }

    /** Adds a sighting to its family; none for a text too short to compare. */
    Optional<Family> add(Sighting sighting) {
        TextFingerprint text = TextFingerprint.of(sighting.redactedText());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Family best = null;
        double bestSimilarity = similarity;
        for (Family f : families) {
            double s = f.similarity(text);
            if (s >= bestSimilarity && (best == null || s > bestSimilarity)) {
                best = f;
                bestSimilarity = s;
            }
        }
        if (best == null) {
            if (families.size() >= MOST_FAMILIES) {
                families.remove(families.stream()
                        .min(Comparator.comparing(f -> f.trail.lastSeen()))
                        .orElseThrow());
            }
            best = new Family(text, sighting.at());
            families.add(best);
        }
        best.latest = text;
        best.trail.add(sighting);
        for (String domain : sighting.domains()) {
            if (best.domains.size() < MOST_DOMAINS) {
                best.domains.add(domain);
            }
        }
        return Optional.of(best);
    }

    /** True when an alerted family's texts carried the domain. */
    boolean alertedWith(String domain) {
        return families.stream().anyMatch(f -> f.trail.alerted() && f.domains.contains(domain));
    }

    int size() {
        return families.size();
    }
}
