package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityRecognizerTest {
    private final SecurityRecognizer recognizer = new SecurityRecognizer();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Help!!! I got hacked, all my USDT is gone | ACCOUNT_COMPROMISED",
                "my account was hacked last night | ACCOUNT_COMPROMISED",
                "someone logged into my account from Nigeria | ACCOUNT_COMPROMISED",
                "I was scammed by a fake support guy in DMs | SCAMMED",
                "my wallet got drained after I connected to a site | FUNDS_DRAINED",
                "There is a withdrawal I didn't make on my account | UNAUTHORISED_WITHDRAWAL",
                "unauthorized withdrawal of 2 ETH | UNAUTHORISED_WITHDRAWAL",
                "why is my account frozen?? | ACCOUNT_FROZEN",
                "Меня взломали, помогите | ACCOUNT_COMPROMISED",
                "мой аккаунт заблокирован без причины | ACCOUNT_FROZEN",
                "меня обманули мошенники | SCAMMED",
                "украли все деньги с кошелька | FUNDS_DRAINED",
                "我的账户被盗了 | ACCOUNT_COMPROMISED",
                "我的账户被冻结了怎么办 | ACCOUNT_FROZEN",
                "我被骗了 | SCAMMED",
                "me hackearon la cuenta | ACCOUNT_COMPROMISED",
                "mi cuenta está bloqueada | ACCOUNT_FROZEN",
                "me estafaron en telegram | SCAMMED",
                "fui hackeado ontem | ACCOUNT_COMPROMISED",
                "minha conta foi bloqueada | ACCOUNT_FROZEN",
                "caí num golpe | SCAMMED",
                "saque não autorizado da minha conta | UNAUTHORISED_WITHDRAWAL",
                "hesabım hacklendi | ACCOUNT_COMPROMISED",
                "dolandırıldım yardım edin | SCAMMED",
                "hesabım donduruldu | ACCOUNT_FROZEN",
                "izinsiz çekim yapılmış | UNAUTHORISED_WITHDRAWAL"
            })
    void recognisesIncidents(String text, SecuritySignal expected) {
        assertThat(recognizer.recognise(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "how do I avoid scams?",
                "any life hack to lower withdrawal fees?",
                "what happens if an account is frozen for KYC",
                "How do I freeze my account if I lose my phone?",
                "is this site a scam?",
                "Как защитить аккаунт от взлома?",
                "如何防止诈骗",
                "¿cómo evito estafas?",
                "como evitar golpes?",
                "dolandırıcılardan nasıl korunurum?",
                "my deposit has not arrived"
            })
    void ignoresGeneralQuestions(String text) {
        assertThat(recognizer.recognise(text)).isEmpty();
    }
}
