package dev.watchkeeper.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberLanguageTest {
    private final MemberLanguage languages = new MemberLanguage(
            new FakeLanguageDetector(Map.of("no me llegó el retiro", "es", "my deposit is missing", "en")), "en");

    @Test
    void theMembersWordsBeatTheClientsLocale() {
        assertThat(languages.decide("en-US", "no me llegó el retiro", null)).isEqualTo("es");
        assertThat(languages.decide("ru", "my deposit is missing", "ru")).isEqualTo("en");
    }

    @Test
    void russianTypedInLatinLettersStaysRussianForAMemberKnownToBeRussian() {
        MemberLanguage lingua = new MemberLanguage(
                new FakeLanguageDetector(Map.of(
                        "depozit ne prishel", "en",
                        "gde moi dengi", "tr",
                        "my deposit is missing", "en",
                        "hola, no me llegó el retiro", "es")),
                "en");

        assertThat(lingua.decide("ru", "depozit ne prishel", null)).isEqualTo("ru");
        assertThat(lingua.decide(null, "gde moi dengi", "ru")).isEqualTo("ru");
        assertThat(lingua.decide("ru", "my deposit is missing", null)).isEqualTo("en");
        // only Russian: a Spanish-locale member's English stays English, a Spanish question Spanish
        assertThat(lingua.decide("es", "depozit ne prishel", null)).isEqualTo("en");
        assertThat(lingua.decide("en", "hola, no me llegó el retiro", null)).isEqualTo("es");
    }

    @Test
    void aWordThatCannotBeToldKeepsTheRememberedLanguage() {
        assertThat(languages.decide("en", "ok", "es")).isEqualTo("es");
    }

    @ParameterizedTest
    @CsvSource({"pt-BR, pt", "zh-Hans, zh", "zh_CN, zh", "TR, tr", "de, en", "'', en"})
    void withNothingRememberedThePlatformsLanguageCountsWhenTheBotSpeaksIt(String hint, String expected) {
        assertThat(languages.decide(hint, "ok", null)).isEqualTo(expected);
    }

    @Test
    void theScriptDetectorTellsRussianAndChineseButLeavesLatinTextUndecided() {
        ScriptLanguageDetector script = new ScriptLanguageDetector();

        assertThat(script.detect("мой депозит не пришел")).contains("ru");
        assertThat(script.detect("提现一直在处理中")).contains("zh");
        assertThat(script.detect("мой USDT deposit не пришел")).contains("ru");
        assertThat(script.detect("mi depósito no llegó")).isEmpty();
        assertThat(script.detect("ok")).isEmpty();
    }
}
