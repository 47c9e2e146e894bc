package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiMaskerTest {
    private final PiiMasker masker = new PiiMasker();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mail me at john.doe@example.com please | mail me at j***@example.com please",
                "card 4111 1111 1111 1111 was charged | card [card] was charged",
                "card 4111-1111-1111-1111 | card [card]",
                "call +44 20 7946 0958 today | call [phone] today",
                "call +1 (555) 123-4567 | call [phone]",
                "my number is 555-123-4567 | my number is [phone]"
            })
    void masksPersonalData(String text, String expected) {
        assertThat(masker.mask(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "UID 12345678 sent 250 USDT",
                "order 4111111111111112 failed",
                "tx 0x52908400098527886E0F7030069857D2E4169EE7",
                "withdrew 1,250.50 USDT at 14:30"
            })
    void leavesSupportDataAlone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void checksLuhn() {
        assertThat(PiiMasker.luhn("4111111111111111")).isTrue();
        assertThat(PiiMasker.luhn("4111111111111112")).isFalse();
    }
}
