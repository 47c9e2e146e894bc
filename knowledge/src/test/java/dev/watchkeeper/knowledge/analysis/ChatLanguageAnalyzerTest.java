package dev.watchkeeper.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatLanguageAnalyzerTest {
    private static LanguageAnalysis analysis;

    @BeforeAll
    static void open() {
        analysis = new LanguageAnalysis(null, EnglishStemmer.PORTER);
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ru | подтверждений не было | подтверждения не было",
                "ru | заблокировали аккаунт | заблокирован аккаунт",
                "ru | счёт | счет",
                "es | retiros pendientes | retiro pendiente",
                "es | depósito | deposito",
                "pt | depósitos não creditados | deposito nao creditado",
                "tr | hesabımı | hesaplarım",
                "tr | şifrelerim | şifrem",
                "tr | ŞİFREMİ | şifremi",
                "zh | 提幣審核 | 提币审核",
                "zh | 帳戶凍結 | 账户冻结",
            })
    void readsInflectionsCaseAndScriptVariantsAsTheSameTerms(String key, String one, String other) {
        assertThat(terms(key, one)).isNotEmpty().isEqualTo(terms(key, other));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ru | пополнение | депозит",
                "ru | вывести | вывод",
                "es | retirada | retiro",
                "es | recargar | depositar",
                "pt | retirada | saque",
                "tr | para çekme | çekim",
                "zh | 入金 | 充值",
                "zh | 提币 | 提现",
            })
    void jargonSynonymsBecomeOneTerm(String key, String one, String other) {
        assertThat(terms(key, one)).isNotEmpty().isEqualTo(terms(key, other));
    }

    @Test
    void russianTypedInLatinLettersReadsAsCyrillic() {
        assertThat(terms("ru", "depozit ne prishel")).isEqualTo(terms("ru", "депозит не пришёл"));
        assertThat(terms("ru", "vyvod zavis")).isEqualTo(terms("ru", "вывод завис"));
        assertThat(terms("ru", "kod ne prihodit")).isEqualTo(terms("ru", "код не приходит"));
    }

    @Test
    void turkishCapitalsLowerCaseTheTurkishWay() {
        assertThat(terms("tr", "İPTAL")).isEqualTo(terms("tr", "iptal"));
        assertThat(terms("tr", "KIRMIZI")).isEqualTo(terms("tr", "kırmızı"));
    }

    @Test
    void chineseIsSegmentedIntoWordsNotSingleCharactersOnly() {
        assertThat(terms("zh", "审核一直在处理中")).contains("一直", "审核");
    }

    @Test
    void negationsAndQuestionWordsAreNotStopWords() {
        assertThat(terms("ru", "где депозит не пришел")).contains("где", "не");
        assertThat(terms("es", "donde esta mi retiro no llega"))
                .contains("dond", "no")
                .doesNotContain("mi");
        assertThat(terms("pt", "como sacar nao consigo")).contains("com", "nao").doesNotContain("suport");
        assertThat(terms("tr", "neden çekim değil")).hasSize(3).contains("degil");
        assertThat(analysis.problems()).isEmpty();
    }

    @Test
    void languageTagsMapToTheirAnalysisKey() {
        assertThat(LanguageAnalysis.keyOf("pt-BR")).isEqualTo("pt");
        assertThat(LanguageAnalysis.keyOf("zh-Hans")).isEqualTo("zh");
        assertThat(LanguageAnalysis.keyOf("ja")).isEqualTo(LanguageAnalysis.FALLBACK);
    }

    private static List<String> terms(String key, String text) {
        Analyzer analyzer = analysis.words(key);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
