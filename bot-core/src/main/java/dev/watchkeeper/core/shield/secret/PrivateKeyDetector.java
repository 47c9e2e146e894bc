package dev.watchkeeper.core.shield.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds raw private keys in every common form: WIF keys and extended private keys (xprv, tprv,
 * yprv, zprv…) proven by their base58check checksum, Solana secret keys (64 bytes in base58)
 * proven by their key pair, JSON keystores, and 64-digit hex keys.
 *
 * <p>A 64-digit hex string is 32 bytes, exactly like a transaction hash, so hex is judged by the
 * words nearest to it ({@code key-words.txt}, {@code tx-words.txt}, in six languages): "my key
 * 0x4c08…" is a key, "tx 0x4c08…", "hash …" and an explorer link ({@code etherscan.io/tx/0x…})
 * are transaction hashes and left alone, and hex with neither is left alone too. Stateless and
 * thread-safe; linear in the length of the text.
 */
public final class PrivateKeyDetector {
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Za-z])(0x)?([0-9a-fA-F]{64})(?![0-9A-Za-z])");
    private static final Pattern BASE58 =
            Pattern.compile("(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{50,112}(?![0-9A-Za-z])");
    private static final int BEFORE = 80;
    private static final int AFTER = 30;
    private static final int MAX_SOLANA_CHECKS = 4;
    private static final int MAX_HEX = 64;

    private final ContextWords keyWords = ContextWords.resource("key-words.txt");
    private final ContextWords txWords = ContextWords.resource("tx-words.txt");

    /** Finds the private keys in a text (NFKC form), in order; empty when there are none. */
    public List<SecretFinding> find(String text) {
        List<SecretFinding> found = new ArrayList<>();
        JsonKeystore.find(text).ifPresent(found::add);
        if (longestAlphanumericRun(text) < 50) {
            return found;
        }
        Matcher hex = HEX.matcher(text);
        for (int judged = 0; judged < MAX_HEX && hex.find(); judged++) {
            judgeHex(text, hex.start(), hex.end(), found);
        }
        Matcher b58 = BASE58.matcher(text);
        int solanaChecks = 0;
        while (b58.find()) {
            String candidate = b58.group();
            if (SolanaSecretKey.hasShape(candidate)) {
                if (solanaChecks++ < MAX_SOLANA_CHECKS && SolanaSecretKey.isKeyPair(candidate)) {
                    found.add(new SecretFinding(
                            SecretKind.PRIVATE_KEY,
                            b58.start(),
                            b58.end(),
                            true,
                            "Solana secret key, 64 bytes, key pair valid"));
                }
            } else {
                judgeBase58(candidate, b58.start(), b58.end(), found);
            }
        }
        found.sort(java.util.Comparator.comparingInt(SecretFinding::start));
        return found;
    }

    private static int longestAlphanumericRun(String text) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
        }
        return best;
    }

    /**
     * A hex string is a key when the nearest word before it is about keys (or, with none before,
     * a word right after it is), and never inside a link.
     */
    private void judgeHex(String text, int start, int end, List<SecretFinding> found) {
        if (inLink(text, start)) {
            return;
        }
        String before = text.substring(Math.max(0, start - BEFORE), start).toLowerCase(Locale.ROOT);
        int key = keyWords.lastEnd(before, 0, before.length());
        int tx = txWords.lastEnd(before, 0, before.length());
        boolean isKey;
        if (key >= 0 || tx >= 0) {
            isKey = key > tx;
        } else {
            String after =
                    text.substring(end, Math.min(text.length(), end + AFTER)).toLowerCase(Locale.ROOT);
            int keyAfter = keyWords.firstStart(after, 0, after.length());
            int txAfter = txWords.firstStart(after, 0, after.length());
            isKey = keyAfter >= 0 && (txAfter < 0 || keyAfter < txAfter);
        }
        if (isKey) {
            found.add(new SecretFinding(
                    SecretKind.PRIVATE_KEY, start, end, true, "64 hex digits next to words about keys"));
        }
    }

    /** True when the word the hex ends ({@code …/tx/0x…}, {@code ?hash=…}) is part of a link. */
    private static boolean inLink(String text, int start) {
        for (int i = start - 1; i >= Math.max(0, start - BEFORE) && !Character.isWhitespace(text.charAt(i)); i--) {
            char c = text.charAt(i);
            if (c == '/' || c == '=') {
                return true;
            }
        }
        return false;
    }

    private static void judgeBase58(String candidate, int start, int end, List<SecretFinding> found) {
        char first = candidate.charAt(0);
        int length = candidate.length();
        boolean wifShape = (length == 51 && (first == '5' || first == '9'))
                || (length == 52 && (first == 'K' || first == 'L' || first == 'c'));
        boolean extendedShape = length == 111 && candidate.substring(1, 4).equals("prv");
        if (!wifShape && !extendedShape) {
            return;
        }
        byte[] payload = Base58Check.decode(candidate);
        if (wifShape && payload != null && (payload.length == 33 || payload.length == 34)) {
            found.add(new SecretFinding(SecretKind.WIF_KEY, start, end, true, "WIF private key, checksum valid"));
        } else if (extendedShape) {
            boolean valid = payload != null && payload.length == 78;
            found.add(new SecretFinding(
                    SecretKind.EXTENDED_PRIVATE_KEY,
                    start,
                    end,
                    valid,
                    candidate.substring(0, 4) + " extended private key" + (valid ? ", checksum valid" : "")));
        }
    }
}
