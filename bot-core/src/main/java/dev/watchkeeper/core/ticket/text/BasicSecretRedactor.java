package dev.watchkeeper.core.ticket.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@link Redactor}: masks what looks like a private key or a seed phrase, erring on
 * the side of masking.
 *
 * <ul>
 *   <li>64 hex digits (with or without {@code 0x}): a raw private key, unless the text right before
 *       it says it is a transaction ({@code tx}, {@code txid}, {@code hash}, {@code transaction},
 *       an explorer's {@code /tx/} path), because members paste transaction hashes in the same
 *       shape and agents need them;
 *   <li>extended private keys ({@code xprv…}) and WIF keys (base58, 51–52 characters, starting with
 *       5, K or L);
 *   <li>runs of 12 or more lower-case words of 3 to 8 letters, the shape of a BIP-39 mnemonic.
 * </ul>
 */
public final class BasicSecretRedactor implements Redactor {
    /** What a masked key becomes. */
    public static final String KEY_MASK = "[redacted key]";

    /** What a masked word run becomes. */
    public static final String PHRASE_MASK = "[redacted phrase]";

    private static final Pattern HEX_64 = Pattern.compile("(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])");
    private static final Pattern TX_CONTEXT =
            Pattern.compile("(?i)(?:\\btx\\s*(?:id|hash)?|\\bhash|\\btransaction(?:\\s+(?:id|hash))?|/tx/)\\W{0,3}$");
    private static final Pattern OTHER_KEYS = Pattern.compile(
            "(?<![0-9A-Za-z])(?:xprv[1-9A-HJ-NP-Za-km-z]{100,112}|[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![0-9A-Za-z])");
    private static final Pattern WORD_RUN =
            Pattern.compile("(?<![\\p{L}\\p{N}])[a-z]{3,8}(?:\\s+[a-z]{3,8}){11,}(?![\\p{L}\\p{N}])");

    @Override
    public String redact(String text) {
        String out = maskHex(text);
        out = OTHER_KEYS.matcher(out).replaceAll(Matcher.quoteReplacement(KEY_MASK));
        return WORD_RUN.matcher(out).replaceAll(Matcher.quoteReplacement(PHRASE_MASK));
    }

    private static String maskHex(String text) {
        Matcher m = HEX_64.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            String replacement = TX_CONTEXT.matcher(before).find() ? m.group() : KEY_MASK;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
