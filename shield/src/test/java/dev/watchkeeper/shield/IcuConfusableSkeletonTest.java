package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuConfusableSkeletonTest {
    private final IcuConfusableSkeleton skeleton = new IcuConfusableSkeleton();

    @ParameterizedTest
    @CsvSource({"OKX Support, 0KX_Support", "binance, bіnance", "Alice Moderator, Аlice Мoderator", "paypal, раураl"})
    void givesLookalikesTheSameSkeleton(String original, String lookalike) {
        assertThat(skeleton.skeleton(lookalike)).isEqualTo(skeleton.skeleton(original));
    }

    @ParameterizedTest
    @CsvSource({"okx, oks", "binance, finance"})
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(skeleton.skeleton(a)).isNotEqualTo(skeleton.skeleton(b));
    }
}
