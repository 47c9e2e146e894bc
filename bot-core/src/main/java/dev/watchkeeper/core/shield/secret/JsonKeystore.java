package dev.watchkeeper.core.shield.secret;

import java.util.Optional;

/**
 * Finds a JSON keystore (Ethereum's "UTC--…" wallet file, also MetaMask's and most wallets'
 * export): an object with a {@code "ciphertext"} and a {@code "crypto"} or {@code "kdf"} entry.
 * Encrypted, but one weak password away from the wallet. Finds the first one; linear in the
 * length of the text; stateless.
 */
final class JsonKeystore {
    private static final int MAX_SPAN = 8_192;

    private JsonKeystore() {}

    static Optional<SecretFinding> find(String text) {
        int cipher = text.indexOf("\"ciphertext\"");
        if (cipher < 0 || !(text.contains("\"kdf\"") || text.contains("\"crypto\"") || text.contains("\"Crypto\""))) {
            return Optional.empty();
        }
        int start = cipher;
        int depth = 0;
        // back to the brace that opens the outermost object around "ciphertext"
        for (int i = cipher - 1; i >= Math.max(0, cipher - MAX_SPAN); i--) {
            char c = text.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    start = i;
                } else {
                    depth--;
                }
            }
        }
        int end = text.length();
        depth = 0;
        for (int i = start; i < Math.min(text.length(), start + MAX_SPAN); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                end = i + 1;
                break;
            }
        }
        return Optional.of(new SecretFinding(SecretKind.KEYSTORE, start, end, true, "JSON keystore (encrypted key)"));
    }
}
