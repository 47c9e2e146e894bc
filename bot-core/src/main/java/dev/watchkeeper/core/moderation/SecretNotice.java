package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.language.MemberLanguage;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a member is told after their message was removed for leaking a seed phrase or private key,
 * in their language (English, Russian, Chinese, Spanish, Portuguese or Turkish; see {@link
 * MemberLanguage}): privately, the full advice; in the chat, when the private message cannot be
 * delivered, a short notice naming the member. Neither ever quotes the secret.
 *
 * @param privately the private message, in Markdown
 * @param inChat the public notice, in Markdown; {@code %s}: the member's name or handle
 */
record SecretNotice(String privately, String inChat) {
    private static final Map<String, SecretNotice> TRANSLATED = Map.of(
            "ru",
            new SecretNotice(
                    """
                    Я удалил ваше сообщение: в нём была **сид-фраза или приватный ключ**. Любой, кто его \
                    видел, может забрать ваши средства. Сделайте это сейчас:
                    1. Создайте **новый кошелёк** (новая сид-фраза) на доверенном устройстве.
                    2. **Переведите все средства** со скомпрометированного кошелька на новый.
                    3. Отзовите разрешения токенов старого кошелька и больше им не пользуйтесь.
                    Никому не сообщайте сид-фразу и ключи: поддержка никогда их не просит.""",
                    "%s, я удалил ваше сообщение: в нём была сид-фраза или ключ кошелька. Считайте кошелёк"
                            + " скомпрометированным и сразу переведите средства на новый кошелёк."),
            "zh",
            new SecretNotice(
                    """
                    我已删除您的消息，因为其中包含**助记词或私钥**。看到它的任何人都能转走您的资产。请立即：
                    1. 在可信设备上创建**新钱包**（新助记词）。
                    2. 立即将泄露钱包中的**全部资产转移**到新钱包。
                    3. 撤销旧钱包的代币授权并停止使用。
                    切勿向任何人透露助记词或私钥：客服绝不会索要。""",
                    "%s，您的消息已被删除，因为其中包含钱包助记词或私钥。请视该钱包为已泄露，立即将资产转移到新钱包。"),
            "es",
            new SecretNotice(
                    """
                    Borré tu mensaje porque contenía una **frase semilla o clave privada**. Cualquiera que lo \
                    haya visto puede llevarse tus fondos. Actúa ahora:
                    1. Crea una **billetera nueva** (frase semilla nueva) en un dispositivo de confianza.
                    2. **Mueve todos los fondos** de la billetera expuesta a la nueva de inmediato.
                    3. Revoca las aprobaciones de tokens de la billetera antigua y deja de usarla.
                    Nunca compartas tu frase semilla ni tus claves: el soporte nunca te las pedirá.""",
                    "%s, borré tu mensaje porque contenía un secreto de billetera (frase semilla o clave privada)."
                            + " Considera esa billetera comprometida y mueve tus fondos a una billetera nueva ya."),
            "pt",
            new SecretNotice(
                    """
                    Apaguei sua mensagem porque ela continha uma **frase de recuperação ou chave privada**. \
                    Qualquer pessoa que a viu pode levar seus fundos. Aja agora:
                    1. Crie uma **carteira nova** (nova frase de recuperação) em um dispositivo confiável.
                    2. **Mova todos os fundos** da carteira exposta para a nova imediatamente.
                    3. Revogue as aprovações de tokens da carteira antiga e pare de usá-la.
                    Nunca compartilhe sua frase de recuperação ou chaves: o suporte nunca vai pedi-las.""",
                    "%s, apaguei sua mensagem porque ela continha um segredo de carteira (frase de recuperação ou"
                            + " chave privada). Considere essa carteira comprometida e mova seus fundos para uma"
                            + " carteira nova agora."),
            "tr",
            new SecretNotice(
                    """
                    Mesajınızı sildim çünkü bir **kurtarma ifadesi veya özel anahtar** içeriyordu. Onu gören \
                    herkes fonlarınızı alabilir. Hemen şunları yapın:
                    1. Güvendiğiniz bir cihazda **yeni bir cüzdan** (yeni kurtarma ifadesi) oluşturun.
                    2. Açığa çıkan cüzdandaki **tüm fonları** hemen yeni cüzdana taşıyın.
                    3. Eski cüzdanın token onaylarını iptal edin ve onu kullanmayı bırakın.
                    Kurtarma ifadenizi veya anahtarlarınızı kimseyle paylaşmayın: destek ekibi bunları asla \
                    istemez.""",
                    "%s, mesajınızı sildim çünkü bir cüzdan sırrı (kurtarma ifadesi veya özel anahtar)"
                            + " içeriyordu. Bu cüzdanın ele geçirildiğini varsayın ve fonlarınızı hemen yeni bir"
                            + " cüzdana taşıyın."));

    /** The notice in the member's language ({@code hint} from the platform, {@code words} they wrote). */
    static SecretNotice of(@Nullable String hint, String words, ModerationTexts english) {
        return MemberLanguage.translation(
                TRANSLATED,
                hint,
                words,
                () -> new SecretNotice(english.secretRemoved(), english.secretRemovedInChat()));
    }
}
