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
 */
record MemberTexts(String reportThanks, String reportUsage, String warning) {
    private static final Map<String, MemberTexts> TRANSLATED = Map.of(
            "ru",
            new MemberTexts(
                    "Спасибо за жалобу: модераторы её рассмотрят (обращение %s). Никогда не отвечайте тем, кто"
                            + " пишет вам в личку с предложением поддержки или возврата средств.",
                    "Чтобы пожаловаться на мошенничество, ответьте на сообщение командой /report или напишите"
                            + " /report и опишите, что случилось.",
                    "Модератор отметил ваше недавнее сообщение как нарушающее правила сообщества (мошенничество,"
                            + " спам или непрошеные предложения). Пожалуйста, ознакомьтесь с правилами: повторные"
                            + " нарушения приведут к бану."),
            "zh",
            new MemberTexts(
                    "感谢举报：管理员会进行审核（案件 %s）。切勿回复任何私信你、声称提供客服或追回资金的人。",
                    "要举报诈骗，请回复该消息并发送 /report，或发送 /report 后写明发生了什么。",
                    "管理员认定你最近的消息违反了社区规则（诈骗、垃圾信息或未经请求的推销）。请阅读社区规则，再次违规将被封禁。"),
            "es",
            new MemberTexts(
                    "Gracias por el reporte: los moderadores lo revisarán (caso %s). Nunca respondas a quien te"
                            + " escriba por privado ofreciendo soporte o recuperación de fondos.",
                    "Para reportar una estafa, responde al mensaje con /report, o escribe /report seguido de lo"
                            + " que pasó.",
                    "Un moderador marcó tu mensaje reciente por incumplir las normas de la comunidad (estafas,"
                            + " spam u ofertas no solicitadas). Revisa las normas: si se repite, serás expulsado."),
            "pt",
            new MemberTexts(
                    "Obrigado pela denúncia: os moderadores vão analisá-la (caso %s). Nunca responda a quem te"
                            + " chamar no privado oferecendo suporte ou recuperação de fundos.",
                    "Para denunciar um golpe, responda à mensagem com /report, ou escreva /report seguido do que"
                            + " aconteceu.",
                    "Um moderador marcou sua mensagem recente por violar as regras da comunidade (golpes, spam ou"
                            + " ofertas não solicitadas). Leia as regras: novas violações levam a banimento."),
            "tr",
            new MemberTexts(
                    "Bildiriminiz için teşekkürler: moderatörler inceleyecek (kayıt %s). Size özelden yazıp destek"
                            + " veya fon kurtarma teklif edenlere asla yanıt vermeyin.",
                    "Bir dolandırıcılığı bildirmek için mesajı /report ile yanıtlayın ya da /report yazıp ne"
                            + " olduğunu anlatın.",
                    "Bir moderatör son mesajınızı topluluk kurallarını ihlal ettiği için işaretledi (dolandırıcılık,"
                            + " spam veya istenmeyen teklifler). Lütfen kuralları okuyun; tekrarı halinde"
                            + " yasaklanırsınız."));

    /** The texts in the member's language ({@code hint} from the platform, {@code words} they wrote). */
    static MemberTexts of(@Nullable String hint, String words, ModerationTexts english) {
        return MemberLanguage.translation(
                TRANSLATED,
                hint,
                words,
                () -> new MemberTexts(english.reportThanks(), english.reportUsage(), english.warning()));
    }
}
