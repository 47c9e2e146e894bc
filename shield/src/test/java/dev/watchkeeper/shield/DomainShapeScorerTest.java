package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.link.Link;
import dev.watchkeeper.core.shield.link.LinkExtractor;
import dev.watchkeeper.core.shield.link.LinkJudge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled domain shape model with the real public suffix list and ICU skeletons, no lists. */
class DomainShapeScorerTest {
    private static final LinkExtractor EXTRACTOR = new LinkExtractor(new PublicSuffixDomains());
    private static final LinkJudge JUDGE =
            new LinkJudge(DomainLists.none(), new IcuConfusableSkeleton(), Set.of(), Set.of(), Set.of());

    static Stream<String> drainerDomains() throws IOException {
        return lines("drainer-domains.txt");
    }

    static Stream<String> legitHosts() throws IOException {
        return lines("legit-hosts.txt");
    }

    private static Optional<Evidence> judge(String host) {
        List<Link> links = EXTRACTOR.extract("see https://" + host + "/ now");
        assertThat(links).as(host).hasSize(1);
        return JUDGE.judge(links.getFirst());
    }

    @ParameterizedTest
    @MethodSource("drainerDomains")
    void flagsDrainerShapedDomains(String host) {
        assertThat(judge(host)).as(host).hasValueSatisfying(e -> {
            assertThat(e.signal()).isIn(Signal.LOOKALIKE_DOMAIN, Signal.BAIT_DOMAIN);
            assertThat(e.weight()).isGreaterThanOrEqualTo(0.5);
        });
    }

    @ParameterizedTest
    @MethodSource("legitHosts")
    void leavesLegitimateHostsClean(String host) {
        assertThat(judge(host)).as(host).isEmpty();
    }

    @Test
    void namesTheImitatedWalletInTheReason() {
        assertThat(judge("metamask-io.com")).hasValueSatisfying(e -> {
            assertThat(e.signal()).isEqualTo(Signal.LOOKALIKE_DOMAIN);
            assertThat(e.detail()).contains("look-alike of metamask.io inside 'metamask-io.com'");
        });
        assertThat(judge("ledger-live-update.com"))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains("ledger.com"));
        assertThat(judge("phantom-app.org"))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains("phantom.app"));
    }

    @Test
    void namesBaitWordsAndThrowawaySuffixesInTheReason() {
        assertThat(judge("claim-token-airdrop.lol"))
                .hasValueSatisfying(
                        e -> assertThat(e.detail()).contains("bait word").contains("throwaway TLD .lol"));
    }

    @Test
    void namesTheLetterSequencesThatWeighedMostOnceEach() {
        assertThat(judge("claimdrop-hub.net")).hasValueSatisfying(e -> {
            assertThat(e.detail()).contains("pieces common in drainer domains ('");
            String pieces = e.detail().substring(e.detail().indexOf("pieces common"));
            List<String> shown = java.util.Arrays.stream(pieces.split("'"))
                    .filter(p -> !p.isBlank() && !p.contains(" ") && !p.equals(", "))
                    .toList();
            assertThat(shown).isNotEmpty().doesNotHaveDuplicates().allMatch(p -> p.length() >= 3);
        });
    }

    @Test
    void scoresTheTenantOfAFreeHostingPlatform() {
        assertThat(judge("eigenlayer-claim.pages.dev"))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains("free hosting on pages.dev"));
    }

    private static Stream<String> lines(String name) throws IOException {
        try (InputStream in = DomainShapeScorerTest.class.getResourceAsStream("links/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList().stream();
        }
    }
}
