package dev.watchkeeper.core.shield.secret;

/** The kinds of secret the shield recognises, each with the placeholder that replaces it. */
public enum SecretKind {
    SEED_PHRASE("[redacted seed phrase]"),
    PRIVATE_KEY("[redacted private key]"),
    WIF_KEY("[redacted private key]"),
    EXTENDED_PRIVATE_KEY("[redacted extended private key]"),
    KEYSTORE("[redacted keystore]");

    private final String placeholder;

    SecretKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The text that replaces a secret of this kind in anything stored or shown. */
    public String placeholder() {
        return placeholder;
    }
}
