package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicSuffixDomainsTest {
    private final PublicSuffixDomains domains = new PublicSuffixDomains();

    @ParameterizedTest
    @CsvSource({
        "login.okx.com.evil.co.uk, evil.co.uk",
        "okx.com-login.xyz, com-login.xyz",
        "claim.okx-airdrop.github.io, okx-airdrop.github.io",
        "www.binance.com, binance.com",
        "xn--80ak6aa92e.com, xn--80ak6aa92e.com"
    })
    void findsTheRegistrableDomain(String host, String registrable) {
        assertThat(domains.registrableDomain(host)).contains(registrable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.json", "co.uk", "github.io"})
    void hasNoRegistrableDomainForFilesAndBareSuffixes(String host) {
        assertThat(domains.registrableDomain(host)).isEmpty();
    }
}
