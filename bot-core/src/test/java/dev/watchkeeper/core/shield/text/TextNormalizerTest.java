package dev.watchkeeper.core.shield.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ＦＲＥＥ ＡＩＲＤＲＯＰ | free airdrop",
                "fr\u200Bee air\u200Ddrop | free airdrop",
                "Сlаim yоur rеwаrd | claim your reward",
                "Пpeдлaгaeм coтpyдничecтвo | предлагаем сотрудничество",
                "c0nnect y0ur wallet | connect your wallet",
                "send your s33d phr4se | send your seed phrase",
                // short codes stay as they are
                "p2p and mp3 and 2fa and h2o | p2p and mp3 and 2fa and h2o",
                "C L A I M now!!!! | claim now!",
                "Binance   listing | binance listing",
                "ᴄʟᴀɪᴍ ʏᴏᴜʀ ꜰʀᴇᴇ ᴛᴏᴋᴇɴꜱ | claim your free tokens",
                "Пᴏддᴇᴧьнᴀя ʙᴀᴧюᴛᴀ | поддельная валюта"
            })
    void foldsWhatSpamDoesToDodgeFilters(String input, String folded) {
        assertThat(TextNormalizer.normalize(input).folded()).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Сlаim yоur rеwаrd nоw | 3", "Привет, как дела? | 0", "Model K2 v3 with USB-C | 0"})
    void countsDisguisedWords(String input, int disguised) {
        assertThat(TextNormalizer.normalize(input).disguisedWords()).isEqualTo(disguised);
    }

    @Test
    void foldsAtMostTheStartAndTheEndOfALongMessageButKeepsAllOfItClean() {
        String text = "claim now " + "x ".repeat(50_000) + "send your seed phrase";

        NormalizedText normalized = TextNormalizer.normalize(text);

        assertThat(normalized.folded()).hasSizeLessThanOrEqualTo(TextNormalizer.HEAD + TextNormalizer.TAIL + 1);
        assertThat(normalized.folded()).startsWith("claim now").endsWith("send your seed phrase");
        assertThat(normalized.clean()).hasSize(text.length());
    }

    @Test
    void theJdkFoldingLeavesTraditionalChineseAsItIs() {
        assertThat(TextNormalizer.normalize("錢包", UnicodeFolding.jdk()).folded())
                .isEqualTo("錢包");
    }
}
