package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    private static final String ERROR_PAGE =
            """
            <!DOCTYPE html>
            <html><head><title>Service unavailable</title>
            <link rel="stylesheet" href="style.css">
            </head><body><p>Try again later or see status.example.com</p></body></html>
            """;

    @ParameterizedTest
    @EnumSource(
            value = DomainListFormat.class,
            names = {"AUTO", "PLAIN"})
    void rejectsAnHtmlPageServedInsteadOfAList(DomainListFormat format) {
        assertThatThrownBy(() -> DomainListParser.parse("remote", ERROR_PAGE, format))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTML");
    }

    @Test
    void rejectsTextWhoseLinesAreMostlyNotHostNames() {
        String portal =
                """
                Service temporarily unavailable.
                Please see href="style.css"> for details
                status.example.com<
                evil-one.xyz
                """;

        assertThatThrownBy(() -> DomainListParser.parse("remote", portal, DomainListFormat.AUTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 of 4 lines are not host names");
    }

    @Test
    void skipsAndCountsLinesThatAreNotHostNames() {
        String list =
                """
                # phishing hosts
                0.0.0.0 evil-one.xyz
                evil-two.xyz   # seen 2024-05-01
                *.evil-three.top
                href="style.css">
                """;

        DomainListData data = DomainListParser.parse("remote", list, DomainListFormat.AUTO);

        assertThat(data.deny()).containsExactlyInAnyOrder("evil-one.xyz", "evil-two.xyz", "*.evil-three.top");
        assertThat(data.skippedLines()).isEqualTo(1);
    }
}
