package dev.watchkeeper.core.shield;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link ConfirmedScams} that estimates Jaccard similarity of word 3-shingles with
 * MinHash signatures (64 hashes). Adding is rare (a moderator confirms a scam) and checking is
 * constant, so the list is copy-on-write: lock-free reads, thread-safe. Never blocks.
 */
public final class MinHashConfirmedScams implements ConfirmedScams {
    private static final int HASHES = 64;
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = seeds();

    private final List<long[]> signatures = new CopyOnWriteArrayList<>();

    @Override
    public void add(String normalizedText) {
        long[] s = signature(normalizedText);
        if (s != null) {
            signatures.add(s);
        }
    }

    @Override
    public double similarity(String normalizedText) {
        if (signatures.isEmpty()) {
            return 0.0;
        }
        long[] s = signature(normalizedText);
        if (s == null) {
            return 0.0;
        }
        int best = 0;
        for (long[] other : signatures) {
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (s[i] == other[i]) {
                    same++;
                }
            }
            best = Math.max(best, same);
        }
        return (double) best / HASHES;
    }

    /** The signature of the text, or null when it has too few words to compare fairly. */
    private static long[] signature(String text) {
        String[] words = text.split("[^\\p{L}\\p{N}$@%+]+");
        List<String> tokens =
                java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (tokens.size() < 5) {
            return null;
        }
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) {
                h = 31 * h + tokens.get(i + k).hashCode();
            }
            for (int j = 0; j < HASHES; j++) {
                long v = mix(h ^ SEEDS[j]);
                if (v < min[j]) {
                    min[j] = v;
                }
            }
        }
        return min;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
