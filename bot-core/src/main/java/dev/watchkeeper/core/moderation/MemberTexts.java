package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.language.MemberLanguage;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What moderation tells a member, in their language (English, Russian, Chinese, Spanish,
 * Portuguese or Turkish; see {@link MemberLanguage}); English is the community's own text from
 * {@link ModerationTexts}.
 *
 * @param reportThanks told to a member whose report opened a case ({@code %s}: the case id)
 * @param reportUsage told to a member who wrote {@code /report} with nothing to report
 * @param warning sent privately to a member a moderator warned
 * @param secretRemoved sent privately to a member whose message leaked a seed phrase or private
 *     key (Markdown; never quotes the secret)
 * @param secretRemovedInChat posted in the chat when that private message cannot be delivered
 *     ({@code %s}: the member's name or handle)
 */
record MemberTexts(
        String reportThanks, String reportUsage, String warning, String secretRemoved, String secretRemovedInChat) {
    private static final Map<String, MemberTexts> TRANSLATED = Map.of(
            "ru",
            new MemberTexts(
                    "Спасибо за жалобу: модераторы её рассмотрят (обращение %s). Никогда не отвечайте тем, кто"
                            + " пишет вам в личку с предложением поддержки или возврата средств.",
                    "Чтобы пожаловаться на мошенничество, ответьте на сообщение командой /report или напишите"
                            + " /report и опишите, что случилось.",
                    "Модератор отметил ваше недавнее сообщение как нарушающее правила сообщества (мошенничество,"
                            + " спам или непрошеные предложения). Пожалуйста, ознакомьтесь с правилами: повторные"
                            + " нарушения приведут к бану.",
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
            new MemberTexts(
                    "感谢举报：管理员会进行审核（案件 %s）。切勿回复任何私信你、声称提供客服或追回资金的人。",
                    "要举报诈骗，请回复该消息并发送 /report，或发送 /report 后写明发生了什么。",
                    "管理员认定你最近的消息违反了社区规则（诈骗、垃圾信息或未经请求的推销）。请阅读社区规则，再次违规将被封禁。",
                    """
                    我已删除您的消息，因为其中包含**助记词或私钥**。看到它的任何人都能转走您的资产。请立即：
                    1. 在可信设备上创建**新钱包**（新助记词）。
                    2. 立即将泄露钱包中的**全部资产转移**到新钱包。
                    3. 撤销旧钱包的代币授权并停止使用。
                    切勿向任何人透露助记词或私钥：客服绝不会索要。""",
                    "%s，您的消息已被删除，因为其中包含钱包助记词或私钥。请视该钱包为已泄露，立即将资产转移到新钱包。"),
            "es",
            new MemberTexts(
                    "Gracias por el reporte: los moderadores lo revisarán (caso %s). Nunca respondas a quien te"
                            + " escriba por privado ofreciendo soporte o recuperación de fondos.",
                    "Para reportar una estafa, responde al mensaje con /report, o escribe /report seguido de lo"
                            + " que pasó.",
                    "Un moderador marcó tu mensaje reciente por incumplir las normas de la comunidad (estafas,"
                            + " spam u ofertas no solicitadas). Revisa las normas: si se repite, serás expulsado.",
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
            new MemberTexts(
                    "Obrigado pela denúncia: os moderadores vão analisá-la (caso %s). Nunca responda a quem te"
                            + " chamar no privado oferecendo suporte ou recuperação de fundos.",
                    "Para denunciar um golpe, responda à mensagem com /report, ou escreva /report seguido do que"
                            + " aconteceu.",
                    "Um moderador marcou sua mensagem recente por violar as regras da comunidade (golpes, spam ou"
                            + " ofertas não solicitadas). Leia as regras: novas violações levam a banimento.",
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
            new MemberTexts(
                    "Bildiriminiz için teşekkürler: moderatörler inceleyecek (kayıt %s). Size özelden yazıp destek"
                            + " veya fon kurtarma teklif edenlere asla yanıt vermeyin.",
                    "Bir dolandırıcılığı bildirmek için mesajı /report ile yanıtlayın ya da /report yazıp ne"
                            + " olduğunu anlatın.",
                    "Bir moderatör son mesajınızı topluluk kurallarını ihlal ettiği için işaretledi (dolandırıcılık,"
                            + " spam veya istenmeyen teklifler). Lütfen kuralları okuyun; tekrarı halinde"
                            + " yasaklanırsınız.",
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

    /** The texts in the member's language ({@code hint} from the platform, {@code words} they wrote). */
    static MemberTexts of(@Nullable String hint, String words, ModerationTexts english) {
        return MemberLanguage.translation(
                TRANSLATED,
                hint,
                words,
                () -> new MemberTexts(
                        english.reportThanks(),
                        english.reportUsage(),
                        english.warning(),
                        english.secretRemoved(),
                        english.secretRemovedInChat()));
    }
}
