package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.language.SocialEngineeringDetector;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import dev.watchkeeper.core.shield.text.UnicodeFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuUnicodeFoldingTest {
    private static final IcuUnicodeFolding ICU = new IcuUnicodeFolding();

    @Test
    void isTheFoldingTheCoreFindsWhenTheShieldIsOnTheClassPath() {
        assertThat(UnicodeFolding.installed()).isInstanceOf(IcuUnicodeFolding.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ＦＲＥＥ Straße | free strasse",
                "fr\u200Bee air\u3164drop\uFE0F | free airdrop",
                "ΣΑΣ ΟΔΟΣ | σασ οδοσ"
            })
    void foldsCaseAndDropsInvisibleCharacters(String input, String folded) {
        assertThat(ICU.fold(ICU.compatible(input))).isEqualTo(folded);
    }

    @Test
    void keepsCaseInTheCompatibleForm() {
        assertThat(ICU.compatible("Ｋwdm\u200BAj")).isEqualTo("KwdmAj");
    }

    @Test
    void turnsTraditionalChineseIntoSimplified() {
        assertThat(ICU.simplified("請把你的助記詞發給我，錢包被盜了")).isEqualTo("请把你的助记词发给我，钱包被盗了");
        assertThat(ICU.simplified("plain text 123")).isEqualTo("plain text 123");
    }

    @Test
    void rulesWrittenInSimplifiedChineseReadTraditionalMessages() {
        String folded = TextNormalizer.normalize("我是官方客服，請把你的助記詞發給我").folded();
        SocialEngineeringDetector detector = new SocialEngineeringDetector();

        assertThat(detector.detect(folded, detector.scamTalk(folded)).evidence())
                .anySatisfy(e -> assertThat(e.detail()).contains("助记词"));
        assertThat(new dev.watchkeeper.core.shield.VictimReportDetector().isVictimReport("我的錢包被盜了"))
                .isTrue();
    }
}
