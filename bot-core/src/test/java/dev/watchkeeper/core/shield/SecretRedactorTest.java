package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    private final SecretRedactor redactor = SecretRedactor.bundled();

    @Test
    void replacesSeedPhraseWithPlaceholder() {
        String text = "help, my words are: legal winner thank year wave sausage worth useful legal winner thank yellow";

        String redacted = redactor.redact(text);

        assertThat(redacted).isEqualTo("help, my words are: [redacted seed phrase]");
    }

    @Test
    void replacesPrivateKeyWithPlaceholder() {
        String text = "private key 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 thanks";

        assertThat(redactor.redact(text)).isEqualTo("private key [redacted private key] thanks");
    }

    @Test
    void returnsTextWithoutSecretsUnchanged() {
        String text = "My tx 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 is pending";

        assertThat(redactor.redact(text)).isSameAs(text);
        assertThat(redactor.containsSecret(text)).isFalse();
    }
}
