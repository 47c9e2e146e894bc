package dev.watchkeeper.core.shield.secret;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The BIP39 checksum: the first {@code words / 3} bits of SHA-256 over the entropy bits. */
final class Bip39Checksum {
    private Bip39Checksum() {}

    /** True when the word indexes {@code index[start, start + words)} carry a valid checksum. */
    static boolean valid(int[] index, int start, int words) {
        int totalBits = words * 11;
        int checksumBits = words / 3;
        int entropyBits = totalBits - checksumBits;
        byte[] bits = new byte[totalBits];
        for (int w = 0; w < words; w++) {
            int value = index[start + w];
            if (value < 0) {
                return false;
            }
            for (int b = 0; b < 11; b++) {
                bits[w * 11 + b] = (byte) ((value >> (10 - b)) & 1);
            }
        }
        byte[] entropy = new byte[entropyBits / 8];
        for (int b = 0; b < entropyBits; b++) {
            entropy[b / 8] |= (byte) (bits[b] << (7 - b % 8));
        }
        byte[] hash = sha256(entropy);
        for (int b = 0; b < checksumBits; b++) {
            if (((hash[b / 8] >> (7 - b % 8)) & 1) != bits[entropyBits + b]) {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
