package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityChecklistTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | меня обманули, кошелёк пуст | Отзовите",
                "en | 我被骗了，钱包被盗 | 撤销",
                "en | me estafaron, ¿qué hago? | Revoca",
                "en | fui vítima de golpe, roubaram minha carteira | Revogue",
                "en | dolandırıldım, cüzdanım boşaltıldı | iptal edin",
                "ru | I was scammed | Отзовите",
                "pt-BR | I was scammed | Revogue"
            })
    void answersInTheMembersLanguage(String language, String words, String expected) {
        assertThat(SecurityChecklist.translated(language, words))
                .get()
                .asString()
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en | I think I got scammed, what do I do?", "de | my wallet was drained"})
    void leavesEnglishToTheCommunitysOwnText(String language, String words) {
        assertThat(SecurityChecklist.translated(language, words)).isEmpty();
    }
}
