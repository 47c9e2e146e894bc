package dev.watchkeeper.core.ticket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One phrase per rule of the phrase files: none may be lost to its triggers. */
class SecurityRecognizerAnchorsTest {
    private final SecurityRecognizer recognizer = new SecurityRecognizer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "there was an unauthorized withdrawal",
                "I didn't make this withdrawal",
                "a withdrawal I never made",
                "несанкционированный вывод средств",
                "я не делал этот вывод",
                "未经我的授权的提现",
                "我没有提现",
                "retiros no autorizados",
                "saque não autorizado",
                "izinsiz çekim yapıldı",
                "my wallet was drained",
                "they drained my account",
                "someone stole my coins",
                "кошелек опустошили",
                "украли мои деньги",
                "我的钱包被盗了",
                "账户被清空",
                "me vaciaron la cuenta",
                "roubaram minha carteira",
                "cüzdanım boşaltıldı",
                "I got hacked yesterday",
                "my account was compromised",
                "someone logged into my account",
                "меня взломали",
                "аккаунт был взломан",
                "我的账户被黑",
                "我被黑了",
                "me hackearon la cuenta",
                "minha conta foi invadida",
                "hesabım hacklendi",
                "hacklendim",
                "I was scammed",
                "a fake admin stole my funds",
                "меня обманули",
                "我被骗了",
                "me estafaron ayer",
                "sofri um golpe",
                "dolandırıldım",
                "my account is frozen",
                "they locked my account",
                "мой аккаунт заблокирован",
                "заморозили мои средства",
                "账户被冻结",
                "mi cuenta fue congelada",
                "minha conta está bloqueada",
                "hesabım donduruldu",
                "withdrawal that I never made",
                "I've been rugged",
                "mi cuenta se congeló",
                "I lost my authenticator",
                "locked out again",
                "I can't log in",
                "forgot my pin",
                "too many failed attempts",
                "потерял телефон",
                "не могу войти",
                "забыл пароль",
                "слишком много неверных попыток",
                "丢了手机",
                "验证器没了",
                "无法登录",
                "忘记密码",
                "密码输错3次",
                "perdí el acceso",
                "no puedo iniciar sesión",
                "olvidé la clave",
                "demasiados intentos",
                "perdi o acesso",
                "não consigo fazer login",
                "esqueci a senha",
                "muitas tentativas",
                "telefonumu kaybettim",
                "hesabıma giremiyorum",
                "şifremi unuttum",
                "çok fazla hatalı deneme"
            })
    void recognisesEveryKindOfIncident(String text) {
        assertThat(recognizer.recognise(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gm everyone, what a market today",
                "how long does a withdrawal take?",
                "how do I avoid scams?",
                "when is the next listing"
            })
    void leavesOrdinaryChatAlone(String text) {
        assertThat(recognizer.recognise(text)).as(text).isEmpty();
    }
}
