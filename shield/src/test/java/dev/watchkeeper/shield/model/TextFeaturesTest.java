package dev.watchkeeper.shield.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
    @Test
    void theSameTextAlwaysGivesTheSameUnitLengthVector() {
        SparseVector a = TextFeatures.of("claim your free airdrop now");
        SparseVector b = TextFeatures.of("claim your free airdrop now");

        assertThat(a.indices()).isEqualTo(b.indices());
        double norm = 0;
        for (float v : a.values()) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(a.indices()).isSorted();
    }

    @Test
    void aTypoKeepsMostSubwordsOfTheWord() {
        int[] right = TextFeatures.ofToken("airdrop");
        int[] typo = TextFeatures.ofToken("airdorp");

        long shared = Arrays.stream(typo)
                .filter(i -> Arrays.stream(right).anyMatch(j -> j == i))
                .count();
        assertThat(shared).isGreaterThanOrEqualTo(4);
    }

    @Test
    void linksMentionsAndHashesAreNotReadAsWords() {
        String[] tokens = ClassifierTokens.of(
                "tx 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 from @helper see https://x.io/a");

        assertThat(tokens).containsExactly("tx", "from", "see");
    }

    @Test
    void aHugeTextIsReadOnlyUpToTheCap() {
        String[] tokens = ClassifierTokens.of("spam ".repeat(100_000));

        assertThat(tokens.length).isLessThanOrEqualTo(300);
    }
}
