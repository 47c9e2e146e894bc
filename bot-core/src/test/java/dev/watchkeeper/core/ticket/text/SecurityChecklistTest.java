package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.TicketTexts;
import org.junit.jupiter.api.Test;
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

    /** Revoke approvals, move remaining funds, change passwords and 2FA, official channels only. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru | Отзовите | Переведите оставшиеся средства | пароли и 2FA | только через официальные каналы",
                "zh | 撤销 | 将剩余资产转移 | 更改密码和双重验证（2FA） | 只通过官方渠道联系客服",
                "es | Revoca las aprobaciones | Mueve los fondos que queden | contraseñas y el 2FA"
                        + " | solo por los canales oficiales",
                "pt | Revogue as aprovações | Mova os fundos restantes | senhas e o 2FA | só pelos canais oficiais",
                "tr | onaylarını (approvals) iptal | Kalan fonları | Şifrelerinizi ve 2FA | yalnızca resmi kanallardan"
            })
    void everyTranslationMakesTheFourPoints(
            String language, String revoke, String move, String passwords, String support) {
        assertThat(SecurityChecklist.translated(language, ""))
                .get()
                .asString()
                .contains("1. ", "2. ", "3. ", "4. ")
                .contains(revoke, move, passwords, support);
    }

    @Test
    void theEnglishChecklistMakesTheFourPoints() {
        assertThat(TicketTexts.english().securityAdvice())
                .contains("1. ", "2. ", "3. ", "4. ")
                .contains(
                        "Revoke your wallet's token approvals",
                        "Move the remaining funds to a new wallet",
                        "Change your passwords and 2FA",
                        "Contact support only through official channels");
    }
}
