package dev.watchkeeper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search over a small knowledge base in six languages (test resources {@code kb-multilingual}). */
class MultilingualSearchTest {
    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void open() throws URISyntaxException {
        Path folder = Path.of(
                MultilingualSearchTest.class.getResource("/kb-multilingual").toURI());
        kb = LuceneKnowledgeBase.fromFolder(folder, new KnowledgeOptions(null, false, Duration.ofMillis(100)));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void translationsShareTheirEntryId() {
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.size()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} -> {1}.{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "мой депозит до сих пор не пришел | deposit-not-credited | ru",
                "вывод средств висит на проверке | withdrawal-pending | ru",
                "提现审核好久了 | withdrawal-pending | zh",
                "充值一直没到账怎么回事 | deposit-not-credited | zh",
                "no me llega el deposito de usdt | deposit-not-credited | es",
                "mi retiro esta pendiente hace horas | withdrawal-pending | es",
                "meu saque ta pendente | withdrawal-pending | pt",
                "fiz um deposito e nao apareceu no saldo | deposit-not-credited | pt",
                "çekim işlemim hala beklemede | withdrawal-pending | tr",
                "telefonumu kaybettim 2FA kodu gelmiyor | reset-2fa-lost-phone | tr",
            })
    void findsTheEntryInTheLanguageOfTheQuestion(String question, String id, String lang) {
        SearchHit hit = best(question, null);

        assertThat(hit.entryId()).isEqualTo(id);
        assertThat(hit.lang()).isEqualTo(lang);
        assertThat(hit.confidence()).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "depozit ne prishel | ru | deposit-not-credited",
                "depozit ne prishel | | deposit-not-credited",
                "vyvod zavis uzhe chas | ru | withdrawal-pending",
            })
    void russianTypedInLatinLettersFindsTheRussianEntry(String question, @Nullable String language, String id) {
        SearchHit hit = best(question, language);

        assertThat(hit.entryId()).isEqualTo(id);
        assertThat(hit.lang()).isEqualTo("ru");
    }

    @Test
    void traditionalCharactersFindTheSimplifiedEntry() {
        SearchHit hit = best("提幣審核很久了還沒到", null);

        assertThat(hit.entryId()).isEqualTo("withdrawal-pending");
        assertThat(hit.lang()).isEqualTo("zh");
    }

    @Test
    void anEntryWithoutTheMembersLanguageIsFoundThroughItsOtherPhrasingsAndComesInEnglish() {
        SearchHit spanish = best("un admin me escribio por dm, support dmed me, es real?", "es");
        SearchHit turkish = best("forgot password şifremi unuttum", "tr");

        assertThat(spanish.entryId()).isEqualTo("fake-support-dm");
        assertThat(spanish.lang()).isEqualTo("en");
        assertThat(turkish.entryId()).isEqualTo("password-reset");
        assertThat(turkish.lang()).isEqualTo("en");
    }

    @Test
    void anEnglishQuestionFromAMemberWhoseLanguageHasTheEntryGetsTheTranslation() {
        SearchHit hit = best("withdrawal pending for hours", "pt-BR");

        assertThat(hit.entryId()).isEqualTo("withdrawal-pending");
        assertThat(hit.lang()).isEqualTo("pt");
    }

    @Test
    void entriesComeInTheAskedLanguageElseEnglish() {
        assertThat(kb.entry("deposit-not-credited", "zh-Hans"))
                .get()
                .extracting(KnowledgeEntry::lang)
                .isEqualTo("zh");
        assertThat(kb.entry("fake-support-dm", "ru"))
                .get()
                .extracting(KnowledgeEntry::lang)
                .isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "кто выиграет чемпионат мира по футболу",
                "明天天气怎么样",
                "cuál es la mejor receta de paella",
                "bu akşam maç kaçta başlıyor",
            })
    void offTopicChatterInAnyLanguageIsNotAnswered(String question) {
        List<SearchHit> hits = kb.search(new SearchQuery(question, null, 3));

        assertThat(hits).allSatisfy(hit -> assertThat(hit.confidence()).isLessThan(0.5));
    }

    private static SearchHit best(String question, @Nullable String language) {
        List<SearchHit> hits = kb.search(new SearchQuery(question, language, 3));
        assertThat(hits).as(question).isNotEmpty();
        return hits.getFirst();
    }
}
