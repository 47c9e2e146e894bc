package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.DomainLists.Status;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhishingDomainListTest {
    private static final String METAMASK =
            "{\"version\":2,\"tolerance\":2,\"fuzzylist\":[\"metamask.io\"],\"whitelist\":[\"metamask.io\",\"metamark.lt\"],"
                    + "\"blacklist\":[\"metamask-support.com\"]}";
    private static final String POLKADOT =
            "{\"allow\":[\"github.io\",\"*.fleek.co\"],\"deny\":[\"polkadot-claim.github.io\"]}";
    private static final String DISCORD = "{\"domains\":[\"dlscord-nitro.gift\"]}";
    private static final String PLAIN = "# comment\nclaim-okx.xyz\n0.0.0.0 okx-airdrop.top # hosts format\n\n";

    private final PhishingDomainList lists = new PhishingDomainList(List.of(
            DomainListParser.parse("metamask", METAMASK, DomainListFormat.AUTO),
            DomainListParser.parse("polkadot", POLKADOT, DomainListFormat.AUTO),
            DomainListParser.parse("discord", DISCORD, DomainListFormat.AUTO),
            DomainListParser.parse("plain", PLAIN, DomainListFormat.AUTO)));

    @ParameterizedTest
    @CsvSource({
        "metamask.io, ALLOWED",
        "portfolio.metamask.io, ALLOWED",
        "metamark.lt, ALLOWED",
        "metamask-support.com, DENIED",
        "login.metamask-support.com, DENIED",
        "metamsk.io, DENIED",
        "metamask.xyz, DENIED",
        "github.io, ALLOWED",
        "polkadot-claim.github.io, DENIED",
        "someone.github.io, UNKNOWN",
        "app.fleek.co, ALLOWED",
        "dlscord-nitro.gift, DENIED",
        "claim-okx.xyz, DENIED",
        "okx-airdrop.top, DENIED",
        "example.org, UNKNOWN"
    })
    void appliesEachListsRules(String host, Status expected) {
        assertThat(lists.lookup(host).status()).isEqualTo(expected);
    }
}
