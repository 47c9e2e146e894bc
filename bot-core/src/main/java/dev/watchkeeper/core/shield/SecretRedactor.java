package dev.watchkeeper.core.shield;

import dev.watchkeeper.core.shield.secret.SecretFinding;
import dev.watchkeeper.core.shield.secret.SecretScanner;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.util.List;

/**
 * Replaces secrets in a text with placeholders ({@code [redacted seed phrase]}, {@code [redacted
 * private key]}, …) so that nothing downstream (logs, tickets, stores, model prompts) keeps them.
 * Redacts probable secrets too: a seed phrase with a typo is still a wallet. A text without
 * secrets is returned unchanged; one with secrets comes back in its normalised (NFKC) form.
 * Thread-safe; never blocks.
 */
public final class SecretRedactor {
    private final SecretScanner scanner;

    public SecretRedactor(SecretScanner scanner) {
        this.scanner = scanner;
    }

    /** A redactor over the bundled BIP39 word lists. */
    public static SecretRedactor bundled() {
        return new SecretRedactor(SecretScanner.bundled());
    }

    /** The text with every secret replaced by its placeholder. */
    public String redact(String text) {
        String clean = TextNormalizer.normalize(text).clean();
        List<SecretFinding> findings = scanner.find(clean);
        if (findings.isEmpty()) {
            return text;
        }
        return apply(clean, findings);
    }

    /** True when the text holds a secret, certain or probable. */
    public boolean containsSecret(String text) {
        return !scanner.find(TextNormalizer.normalize(text).clean()).isEmpty();
    }

    static String apply(String clean, List<SecretFinding> findings) {
        StringBuilder out = new StringBuilder(clean.length());
        int copied = 0;
        for (SecretFinding f : findings) {
            out.append(clean, copied, f.start()).append(f.kind().placeholder());
            copied = f.end();
        }
        return out.append(clean, copied, clean.length()).toString();
    }
}
