package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainListParserTest {
    @Test
    void rejectsAnEmptyListSoThatARefreshKeepsTheLastGoodCopy() {
        assertThatThrownBy(() -> DomainListParser.parse("plain", "# nothing here\n", DomainListFormat.PLAIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainListParser.parse("discord", "{\"domains\":[]}", DomainListFormat.AUTO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesEntriesToAsciiHosts() {
        DomainListData data =
                DomainListParser.parse("plain", "https://WWW.Claim-OKX.xyz/path\nаррӏе.com\n", DomainListFormat.PLAIN);

        assertThat(data.deny()).containsExactlyInAnyOrder("claim-okx.xyz", "xn--80ak6aa92e.com");
    }

    @Test
    void readsMetamaskTolerance() {
        DomainListData data = DomainListParser.parse(
                "metamask",
                "{\"tolerance\":1,\"fuzzylist\":[\"opensea.io\"],\"blacklist\":[\"a.xyz\"]}",
                DomainListFormat.AUTO);

        assertThat(data.tolerance()).isEqualTo(1);
        assertThat(data.fuzzy()).containsExactly("opensea.io");
    }
}
