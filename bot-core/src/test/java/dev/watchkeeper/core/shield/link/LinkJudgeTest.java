package dev.watchkeeper.core.shield.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.FakeRegistrableDomains;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.text.FallbackSkeleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkJudgeTest {
    private final LinkExtractor extractor = new LinkExtractor(new FakeRegistrableDomains());
    private final LinkJudge judge = new LinkJudge(
            DomainLists.none(),
            new FallbackSkeleton(),
            Set.of("okx.com", "binance.com", "metamask.io", "ton.org", "ledger.com"),
            Set.of("okx"),
            Set.of());

    private Optional<Evidence> judge(String text) {
        List<Link> links = extractor.extract(text);
        assertThat(links).as(text).hasSize(1);
        return judge.judge(links.getFirst());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://оkx.com/claim", // Cyrillic о
                "https://xn--kx-emc.com/claim", // the same host in punycode
                "bіnance.com", // Cyrillic і
                "https://bіnance-rewards.com",
                "https://оkxclaim.com",
                "https://оkx.com-login.xyz/verify",
                "https://mеtamask.io.secure-wallet.com" // Cyrillic е
            })
    void flagsInternationalisedLookalikesAsStrongEvidence(String text) {
        Optional<Evidence> evidence = judge(text);

        assertThat(evidence).hasValueSatisfying(e -> {
            assertThat(e.signal()).isEqualTo(Signal.LOOKALIKE_DOMAIN);
            assertThat(e.weight()).isGreaterThanOrEqualTo(0.85);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://okx.com-login.xyz/verify",
                "https://okx.com.verify.io",
                "https://login-okx.com",
                "https://secure-binance.com.wallet-sync.io",
                "https://0kx.com/login",
                // the official domain at the start of a longer label
                "https://binance.comverify.net/login",
                "https://ledger.comsecure.net"
            })
    void flagsProtectedDomainsInsideOtherHosts(String text) {
        assertThat(judge(text)).hasValueSatisfying(e -> assertThat(e.signal()).isEqualTo(Signal.LOOKALIKE_DOMAIN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.hampton.org.uk",
                "theledger.com.au",
                "https://www.okx.com/help",
                "https://ledger.com/start",
                "https://тонна.рф", // a Russian word that folds to no brand
                "https://bäckerei-ton.com", // the brand's letters are plain Latin
                "https://xn--bckerei-ton-l8a.com"
            })
    void leavesOrdinaryDomainsClean(String text) {
        assertThat(judge(text)).isEmpty();
    }
}
