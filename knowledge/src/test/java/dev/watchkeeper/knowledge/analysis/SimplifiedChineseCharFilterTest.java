package dev.watchkeeper.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimplifiedChineseCharFilterTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "how do I withdraw USDT to my wallet?",
                "mi retiro sigue pendiente, ¿qué hago?",
                "depósito não creditado ção",
                "hesabım kilitlendi, şifremi unuttum İ ı ğ",
                "не пришел депозит, помогите",
                "ｆｕｌｌ　ｗｉｄｔｈ，ＡＢＣ！",
                "gm 🚀🚀 wen moon 💎",
                "提现一直在处理中",
            })
    void textWithoutTraditionalCharactersReadsAsTheTransformWritesIt(String text) throws IOException {
        assertThat(filtered(text))
                .isEqualTo(Transliterator.getInstance("Traditional-Simplified").transliterate(text))
                .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的帳號被凍結了", "withdraw 提現 pending", "帐户"})
    void traditionalCharactersAndVariantsAreWrittenAsTheEntriesWriteThem(String text) throws IOException {
        assertThat(filtered(text)).doesNotContain("帳", "號", "凍", "現", "帐");
    }

    private static String filtered(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        try (SimplifiedChineseCharFilter filter = new SimplifiedChineseCharFilter(new StringReader(text))) {
            char[] buffer = new char[7];
            int n;
            while ((n = filter.read(buffer, 0, buffer.length)) > 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }
}
