package dev.watchkeeper.shield.model;

/**
 * MurmurHash3 (x86, 32-bit) over UTF-16 characters, two to a block: a fast, well-spread hash for
 * feature hashing that needs no copy of the characters it hashes.
 */
final class Murmur3 {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3() {}

    /** The hash of {@code text[start, end)} with the given seed. */
    static int hash(int seed, CharSequence text, int start, int end) {
        int h = seed;
        int i = start;
        for (; i + 1 < end; i += 2) {
            h = mixH(h, mixK(text.charAt(i) | text.charAt(i + 1) << 16));
            h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        }
        if (i < end) {
            h ^= mixK(text.charAt(i));
        }
        return finish(h, end - start);
    }

    /** Combines two hashes into one (for pairs of words). */
    static int combine(int seed, int first, int second) {
        int h = mixH(seed, mixK(first));
        h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        h = mixH(h, mixK(second));
        h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        return finish(h, 8);
    }

    private static int mixK(int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        return k * C2;
    }

    private static int mixH(int h, int k) {
        return h ^ k;
    }

    private static int finish(int h, int length) {
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
