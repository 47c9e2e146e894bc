package dev.watchkeeper.core.moderation.wave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static double similarity(String a, String b) {
        return TextFingerprint.of(a).similarity(TextFingerprint.of(b));
    }

    @Test
    void amountsEmojiLinksMentionsAndInvisibleCharactersDoNotMakeTextsDifferent() {
        assertThat(similarity(
                        "🎁 Claim your free 500 USDT now at https://exampleex-airdrop.xyz, connect your wallet 🚀",
                        "@everyone Claim your fr\u200bee 1,000 USDT now at claim-drop.top, connect your wal\u200blet"))
                .isEqualTo(1.0);
    }

    @Test
    void lookAlikeLettersAndCaseDoNotMakeTextsDifferent() {
        assertThat(similarity("АИРДРОП уже идёт, подключите кошелёк", "AИPДPOП УЖЕ ИДЁТ, подключите кошелёк"))
                .isEqualTo(1.0);
    }

    @Test
    void aWordSwappedLeavesTwoTextsNearDuplicates() {
        assertThat(similarity(
                        "Claim your free USDT now before it ends, connect your wallet to claim",
                        "Grab your free USDT now before it ends, connect your wallet to claim"))
                .isGreaterThan(0.8);
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        assertThat(similarity("立即免费领取USDT，连接钱包即可领取", "今天免费领取USDT，连接钱包即可领取")).isGreaterThan(0.7);
        assertThat(similarity("立即免费领取USDT，连接钱包即可领取", "请问提现多久能到账？我等了两天")).isZero();
    }

    @Test
    void differentScamsShareLittle() {
        assertThat(similarity(
                        "Hello, I'm from support. DM me your seed phrase to verify your wallet",
                        "Official giveaway: 10 ETH to the community, verify your wallet at eth-gift.click"))
                .isLessThan(0.2);
    }

    @Test
    void aTextOfFewerThanFourWordsIsTooShortToCompare() {
        assertThat(TextFingerprint.of("claim now https://x.top 🚀").isEmpty()).isTrue();
        assertThat(similarity("claim now", "claim now")).isZero();
    }
}
