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

    /** Lost access is a routine account matter: never the incident that sends the hacked-wallet checklist. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I lost my 2FA phone and need a human | LOST_ACCESS",
                "lost my phone with google authenticator, can't log in | LOST_ACCESS",
                "I'm locked out of my account | LOST_ACCESS",
                "my account got locked after too many password attempts | ACCOUNT_FROZEN",
                "I forgot my password and the reset email never comes | LOST_ACCESS",
                "I changed phones and lost access to my 2FA | LOST_ACCESS",
                "cannot log in since yesterday, it keeps asking for a 2fa code I don't have | LOST_ACCESS",
                "я потерял телефон с 2FA и не могу войти | LOST_ACCESS",
                "аккаунт заблокировали после нескольких неверных попыток ввода пароля | ACCOUNT_FROZEN",
                "забыл пароль, не могу зайти в аккаунт | LOST_ACCESS",
                "потерял доступ к аккаунту | LOST_ACCESS",
                "我的手机丢了，谷歌验证器也没了 | LOST_ACCESS",
                "密码输错太多次，账户被锁定了 | ACCOUNT_FROZEN",
                "忘记密码了，登录不了 | LOST_ACCESS",
                "perdí mi teléfono con el 2FA y no puedo entrar | LOST_ACCESS",
                "mi cuenta se bloqueó por intentar la contraseña muchas veces | ACCOUNT_FROZEN",
                "olvidé mi contraseña | LOST_ACCESS",
                "perdi meu celular com o autenticador e não consigo entrar | LOST_ACCESS",
                "minha conta foi bloqueada depois de errar a senha várias vezes | ACCOUNT_FROZEN",
                "esqueci minha senha | LOST_ACCESS",
                "telefonumu kaybettim, 2FA kodlarına erişemiyorum | LOST_ACCESS",
                "çok fazla yanlış şifre denemesinden sonra hesabım kilitlendi | ACCOUNT_FROZEN",
                "şifremi unuttum, giriş yapamıyorum | LOST_ACCESS"
            })
    void tellsLostAccessFromAnIncident(String text, SecuritySignal expected) {
        assertThat(recognizer.recognise(text)).as(text).contains(expected);
        assertThat(recognizer.incident(text)).as(text).isEmpty();
    }

    /** Hacked, scammed or drained is an incident, even when the member also lost access. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I was hacked and now I'm locked out of my account | ACCOUNT_COMPROMISED",
                "someone changed my password and drained my wallet | ACCOUNT_COMPROMISED",
                "a hacker locked me out of my account | ACCOUNT_COMPROMISED",
                "my wallet was phished, everything is gone | SCAMMED",
                "меня взломали и я не могу войти | ACCOUNT_COMPROMISED",
                "мошенники украли мои деньги | FUNDS_DRAINED",
                "我被骗了，登录不了 | SCAMMED",
                "me hackearon la cuenta y no puedo entrar | ACCOUNT_COMPROMISED",
                "roubaram minha carteira | FUNDS_DRAINED",
                "hesabım hacklendi, giriş yapamıyorum | ACCOUNT_COMPROMISED"
            })
    void anIncidentComesBeforeLostAccess(String text, SecuritySignal expected) {
        assertThat(recognizer.incident(text)).as(text).contains(expected);
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
                "my deposit has not arrived",
                "what happens if I lose my phone?",
                "how do I set up 2FA?",
                "how many login attempts before the account locks?"
            })
    void ignoresGeneralQuestions(String text) {
        assertThat(recognizer.recognise(text)).isEmpty();
    }
}
