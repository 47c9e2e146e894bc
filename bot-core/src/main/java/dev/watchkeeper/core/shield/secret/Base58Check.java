package dev.watchkeeper.core.shield.secret;

import java.math.BigInteger;
import java.util.Arrays;

/** Decodes Bitcoin's base58 and checks the base58check checksum (double SHA-256). */
final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {}

    static boolean isBase58(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }

    /** The bytes a base58 text stands for (leading {@code 1}s are zero bytes), or null when it is not base58. */
    static byte[] decodePlain(CharSequence text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] raw = value.toByteArray();
        int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + raw.length - skip];
        System.arraycopy(raw, skip, bytes, leadingZeros, raw.length - skip);
        return bytes;
    }

    /** The payload without its 4 checksum bytes, or null when the text is not valid base58check. */
    static byte[] decode(CharSequence text) {
        byte[] bytes = decodePlain(text);
        if (bytes == null || bytes.length < 5) {
            return null;
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
        byte[] check = Bip39Checksum.sha256(Bip39Checksum.sha256(payload));
        for (int i = 0; i < 4; i++) {
            if (check[i] != bytes[payload.length + i]) {
                return null;
            }
        }
        return payload;
    }
}
