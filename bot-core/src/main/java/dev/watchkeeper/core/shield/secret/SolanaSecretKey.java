package dev.watchkeeper.core.shield.secret;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * A Solana secret key as wallets export it: 64 bytes in base58, an Ed25519 seed followed by its
 * public key. A transaction signature has the same shape, so a key is proven by its pair: a
 * message signed with the seed must verify with the public key. Stateless and thread-safe.
 */
final class SolanaSecretKey {
    private static final byte[] MESSAGE = "watchkeeper".getBytes(StandardCharsets.US_ASCII);

    private SolanaSecretKey() {}

    /** True when the text is base58 of the length 64 bytes take (86 to 88 characters). */
    static boolean hasShape(String text) {
        return text.length() >= 86 && text.length() <= 88;
    }

    /** True when the text decodes to 64 bytes whose second half is the public key of the first. */
    static boolean isKeyPair(String text) {
        byte[] bytes = Base58Check.decodePlain(text);
        if (bytes == null || bytes.length != 64) {
            return false;
        }
        try {
            NamedParameterSpec ed25519 = NamedParameterSpec.ED25519;
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey secret = factory.generatePrivate(new EdECPrivateKeySpec(ed25519, Arrays.copyOf(bytes, 32)));
            PublicKey claimed = factory.generatePublic(new EdECPublicKeySpec(ed25519, point(bytes)));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(secret);
            signer.update(MESSAGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(claimed);
            verifier.update(MESSAGE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // not a point on the curve, or not a key at all
            return false;
        }
    }

    /** The public key's point: little-endian y, with the top bit of the last byte for x's parity. */
    private static EdECPoint point(byte[] bytes) {
        byte[] y = new byte[32];
        for (int i = 0; i < 32; i++) {
            y[i] = bytes[63 - i];
        }
        boolean xOdd = (y[0] & 0x80) != 0;
        y[0] &= 0x7F;
        return new EdECPoint(xOdd, new BigInteger(1, y));
    }
}
