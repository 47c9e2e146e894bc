package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryLanguagesTest {
    private static final Set<String> ALL = Set.of("en", "ru", "zh", "es", "pt", "tr");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "мой депозит не пришел | ru",
                "бро где мои usdt | ru",
                "我的USDT提现还没到 | zh",
                "提幣一直審核中 | zh",
                "¿dónde está mi retiro? | es",
                "meu depósito não caiu | pt",
                "para yatırdım gelmedi | tr",
                "ŞİFRE | tr",
            })
    void tellsTheLanguageFromLettersOnlyItUses(String text, String expected) {
        QueryLanguages languages = QueryLanguages.of(null, text, ALL);

        assertThat(languages.preferred()).isEqualTo(expected);
        assertThat(languages.primary()).containsExactly(expected);
    }

    @Test
    void plainLatinLettersCouldBeAnyLatinScriptLanguageOrTransliteratedRussian() {
        QueryLanguages languages = QueryLanguages.of(null, "deposit ne prishel", ALL);

        assertThat(languages.preferred()).isNull();
        assertThat(languages.primary()).containsExactlyInAnyOrder("en", "es", "pt", "tr", "ru");
    }

    @Test
    void aGivenLanguageWinsOverTheScript() {
        QueryLanguages languages = QueryLanguages.of("pt-BR", "deposit not arrived", ALL);

        assertThat(languages.primary()).containsExactly("pt");
        assertThat(languages.preferred()).isEqualTo("pt-br");
    }

    @Test
    void aLanguageTheIndexDoesNotHaveFallsBackToTheScript() {
        QueryLanguages languages = QueryLanguages.of("de", "депозит", Set.of("en", "ru"));

        assertThat(languages.primary()).containsExactly("ru");
    }

    @Test
    void textInAnotherScriptThanTheGivenLanguageIsReadInBoth() {
        QueryLanguages languages = QueryLanguages.of("en", "где мой депозит", ALL);

        assertThat(languages.primary()).containsExactlyInAnyOrder("en", "ru");
        assertThat(languages.preferred()).isEqualTo("en");
    }
}
