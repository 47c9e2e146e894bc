package dev.watchkeeper.core.shield.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.FakeRegistrableDomains;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkExtractorTest {
    private final LinkExtractor extractor = new LinkExtractor(new FakeRegistrableDomains());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "go to https://claim-okx.xyz/airdrop now | claim-okx.xyz",
                "visit claim-okx.xyz before it ends | claim-okx.xyz",
                "hxxps://claim-okx[.]xyz | claim-okx.xyz",
                "claim-okx(.)xyz | claim-okx.xyz",
                "claim-okx dot xyz | claim-okx.xyz",
                "claim-okx [dot] xyz | claim-okx.xyz",
                "claim-okx . xyz | claim-okx.xyz",
                "www.Binance.com/en | binance.com",
                "https://xn--80ak6aa92e.com/login | xn--80ak6aa92e.com",
                "https://аррӏе.com/login | xn--80ak6aa92e.com"
            })
    void extractsPlainAndObfuscatedLinks(String text, String registrable) {
        assertThat(extractor.extract(text))
                .anySatisfy(link -> assertThat(link.registrable()).isEqualTo(registrable));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I bought it. Then I sold it.",
                "see config.json and main.py",
                "write to support@example.com",
                "version 1.2.3 is out"
            })
    void findsNoLinkInOrdinaryText(String text) {
        assertThat(extractor.extract(text)).isEmpty();
    }
}
