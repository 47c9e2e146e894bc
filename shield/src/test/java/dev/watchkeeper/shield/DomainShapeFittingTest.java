package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.link.DomainShapeModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainShapeFittingTest {
    private static final List<String> SCAM = List.of(
            "claim-rewards.xyz",
            "airdrop-claim.top",
            "wallet-sync.live",
            "rectify-dapp.site",
            "claim-token.pages.dev",
            "restore-wallet.vercel.app",
            "bonus-claim.icu",
            "mint-free.fun",
            "validate-node.xyz",
            "sync-dapp.top");
    private static final List<String> LEGIT = List.of(
            "google.com",
            "github.com",
            "wikipedia.org",
            "bbc.co.uk",
            "reddit.com",
            "nytimes.com",
            "apple.com",
            "mozilla.org",
            "python.org",
            "spiegel.de");

    private final DomainShapeFitting fitting = new DomainShapeFitting(0.0, 1.0);

    private List<DomainShapeFitting.Sample> samples() {
        List<DomainShapeFitting.Sample> samples = new ArrayList<>(fitting.samples("scam", SCAM, true));
        samples.addAll(fitting.samples("legit", LEGIT, false));
        return samples;
    }

    @Test
    void learnsThatBaitWordsOnThrowawaySuffixesAreScams() {
        DomainShapeModel model = fitting.fit(samples());

        assertThat(model.weight("throwaway")).isPositive();
        assertThat(model.weight("bait:claim")).isPositive();
        assertThat(model.weight("tld:com")).isNegative();
    }

    @Test
    void theThresholdFlagsNoMoreLegitimateDomainsThanTheTarget() {
        List<DomainShapeFitting.Sample> samples = samples();
        DomainShapeModel model = fitting.fit(samples);

        assertThat(DomainShapeFitting.shares(model, samples))
                .filteredOn(s -> s.source().equals("legit"))
                .singleElement()
                .satisfies(s -> assertThat(s.flagged()).isZero());
        assertThat(model.threshold()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void crossValidationScoresEverySampleWithAModelThatDidNotSeeIt() {
        List<DomainShapeFitting.Sample> samples = samples();

        DomainShapeFitting.CrossValidation cv = fitting.crossValidate(samples, 5, 1L);

        assertThat(cv.probabilities()).hasSize(samples.size());
        assertThat(java.util.Arrays.stream(cv.probabilities()).boxed().toList())
                .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(cv.threshold()).isBetween(0.5, 1.0);
    }

    @Test
    void theCommandWritesAModelTheCoreReads(@TempDir Path dir) throws IOException {
        Path scam = Files.write(dir.resolve("scam.txt"), SCAM);
        Path legit = Files.write(dir.resolve("legit.txt"), LEGIT);
        Path out = dir.resolve("model.txt");

        String report = DomainShapeFit.run(scam.toString(), List.of(legit.toString()), List.of(), out, 0.0, 1.0);

        assertThat(report).contains("cross-validated").contains("scam.txt").contains("legit.txt");
        try (var in = Files.newInputStream(out)) {
            assertThat(DomainShapeModel.parse(in).weights()).containsKey("throwaway");
        }
    }
}
