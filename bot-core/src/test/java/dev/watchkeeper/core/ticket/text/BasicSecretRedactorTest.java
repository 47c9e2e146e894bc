package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicSecretRedactorTest {
    private static final String HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private final Redactor redactor = new BasicSecretRedactor();

    @Test
    void masksBarePrivateKey() {
        // given a member pasting a raw key
        String text = "my private key is 0x" + HEX + " please help";

        // when
        String redacted = redactor.redact(text);

        // then
        assertThat(redacted).doesNotContain(HEX).contains(BasicSecretRedactor.KEY_MASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tx hash: 0x", "txid ", "transaction ", "https://etherscan.io/tx/0x"})
    void keepsTransactionHashesThatSayWhatTheyAre(String prefix) {
        String text = prefix + HEX + " still pending";

        assertThat(redactor.redact(text)).contains(HEX);
    }

    @Test
    void masksTwelveWordSeedPhrase() {
        String text = "is this ok? abandon ability able about above absent absorb abstract absurd abuse access"
                + " accident. Thanks";

        String redacted = redactor.redact(text);

        assertThat(redacted)
                .isEqualTo("is this ok? " + BasicSecretRedactor.PHRASE_MASK + ". Thanks")
                .doesNotContain("abandon");
    }

    @Test
    void masksWifKey() {
        String text = "key 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ ok";

        assertThat(redactor.redact(text)).isEqualTo("key " + BasicSecretRedactor.KEY_MASK + " ok");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I sent 250 USDT to 0x52908400098527886E0F7030069857D2E4169EE7 yesterday and it has not arrived",
                "my withdrawal is pending for two days, what should I do about it now please",
                "UID 12345678, deposit of 0.5 BTC missing",
                "Hello, I cannot log in since the update. I tried to reset my password twice."
            })
    void leavesOrdinaryMessagesAlone(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }
}
