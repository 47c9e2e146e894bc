package dev.watchkeeper.core.scam.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds raw private keys: WIF keys and extended private keys (xprv, tprv, yprv, zprv…) proven by
 * their base58check checksum, and 64-digit hex keys.
 *
 * <p>A 64-digit hex string is 32 bytes, exactly like a transaction hash, so hex is judged by its
 * context. Words about keys ("private key", "приватный ключ", "私钥", …) make it a key; a block
 * explorer link or words about transactions ("tx", "hash", "транзакция", "交易", …) make it a
 * transaction hash, which is harmless and left alone. With no context, {@code 0x}-prefixed hex is
 * taken for a transaction hash (wallets show keys without the prefix, explorers show hashes with
 * it) and bare hex for a possible key, reported as not certain. Stateless and thread-safe.
 */
public final class PrivateKeyDetector {
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Za-z])(0x)?([0-9a-fA-F]{64})(?![0-9A-Za-z])");
    private static final Pattern BASE58 =
            Pattern.compile("(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{50,112}(?![0-9A-Za-z])");
    private static final Pattern KEY_WORDS = Pattern.compile(
            "priv(ate)?[ _-]?key|secret|приватн|закрыт\\S* ключ|секретн|私钥|密钥|clave privada|chave privada"
                    + "|özel anahtar|gizli anahtar|import|restore|recover|restaur|восстанов|импорт");
    private static final Pattern TX_WORDS =
            Pattern.compile("\\btx|txn|txid|transa[cç]|hash|explorer|scan\\.|/tx/|block|транзакц|хеш|хэш|交易|哈希|işlem|"
                    + "transfer|deposit|withdraw|депозит|вывод|sent|send|отправ|envi|retir|para çek|yatır");
    private static final int CONTEXT = 80;

    /** Finds the private keys in a text (NFKC form), in order; empty when there are none. */
    public List<SecretFinding> find(String text) {
        List<SecretFinding> found = new ArrayList<>();
        if (longestAlphanumericRun(text) < 50) {
            return found;
        }
        Matcher hex = HEX.matcher(text);
        while (hex.find()) {
            judgeHex(text, hex, found);
        }
        Matcher b58 = BASE58.matcher(text);
        while (b58.find()) {
            judgeBase58(b58.group(), b58.start(), b58.end(), found);
        }
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

    private static void judgeHex(String text, Matcher hex, List<SecretFinding> found) {
        String around = text.substring(Math.max(0, hex.start() - CONTEXT), Math.min(text.length(), hex.end() + 20))
                .toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, hex.start() - 12), hex.start());
        boolean inLink = before.contains("/") || before.contains("=");
        boolean keyWords = KEY_WORDS.matcher(around).find();
        boolean txWords = inLink || TX_WORDS.matcher(around).find();
        boolean prefixed = hex.group(1) != null;
        if (keyWords && !inLink && !(prefixed && txWords)) {
            found.add(new SecretFinding(
                    SecretKind.PRIVATE_KEY, hex.start(), hex.end(), true, "64 hex digits next to words about keys"));
        } else if (!txWords && !prefixed) {
            found.add(new SecretFinding(
                    SecretKind.PRIVATE_KEY,
                    hex.start(),
                    hex.end(),
                    false,
                    "64 hex digits without 0x and no transaction context"));
        }
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
