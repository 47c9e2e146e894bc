package dev.watchkeeper.core.ticket.text;

import dev.watchkeeper.core.language.MemberLanguage;
import java.util.Map;
import java.util.Optional;

/**
 * The short security checklist a member gets at once after saying they were scammed, hacked or
 * drained, in their language: English, Russian, Chinese, Spanish, Portuguese or Turkish (see
 * {@link MemberLanguage}). Every translation makes the same four points: revoke token approvals,
 * move the remaining funds to a new wallet, change passwords and 2FA, and contact support only
 * through official channels. Stateless and thread-safe.
 */
public final class SecurityChecklist {
    private static final Map<String, String> CHECKLISTS = Map.of(
            "ru",
            """
            **Сделайте это сейчас:**
            1. Отзовите разрешения (approvals) токенов в кошельке.
            2. Переведите оставшиеся средства на новый кошелёк с новой сид-фразой.
            3. Смените пароли и 2FA, отзовите API-ключи.
            4. Общайтесь с поддержкой только через официальные каналы: сотрудники никогда не пишут первыми \
            и никогда не просят сид-фразу.""",
            "zh",
            """
            **请立即执行：**
            1. 撤销钱包中的代币授权（approvals）。
            2. 将剩余资产转移到使用新助记词的新钱包。
            3. 更改密码和双重验证（2FA），撤销 API 密钥。
            4. 只通过官方渠道联系客服：工作人员绝不会主动私信您，也绝不会索要助记词。""",
            "es",
            """
            **Haz esto ahora:**
            1. Revoca las aprobaciones (approvals) de tokens de tu billetera.
            2. Mueve los fondos que queden a una billetera nueva con una frase semilla nueva.
            3. Cambia tus contraseñas y el 2FA, y revoca las claves API.
            4. Contacta con soporte solo por los canales oficiales: el equipo nunca te escribe primero ni \
            pide tu frase semilla.""",
            "pt",
            """
            **Faça isto agora:**
            1. Revogue as aprovações (approvals) de tokens da sua carteira.
            2. Mova os fundos restantes para uma carteira nova, com uma nova frase de recuperação.
            3. Troque suas senhas e o 2FA e revogue as chaves de API.
            4. Fale com o suporte só pelos canais oficiais: a equipe nunca chama primeiro nem pede sua \
            frase de recuperação.""",
            "tr",
            """
            **Şimdi şunları yapın:**
            1. Cüzdanınızdaki token onaylarını (approvals) iptal edin.
            2. Kalan fonları yeni bir kurtarma ifadesiyle oluşturulmuş yeni bir cüzdana taşıyın.
            3. Şifrelerinizi ve 2FA'yı değiştirin, API anahtarlarını iptal edin.
            4. Destekle yalnızca resmi kanallardan iletişim kurun: ekip asla önce size yazmaz ve kurtarma \
            ifadenizi istemez.""");

    private SecurityChecklist() {}

    /**
     * The checklist in the member's language, or empty for English (the caller's own English text
     * applies, which a community may have reworded).
     *
     * @param language the language the platform reports (IETF tag), if any
     * @param words what the member wrote, to tell the language when the platform does not
     */
    public static Optional<String> translated(String language, String words) {
        return Optional.ofNullable(CHECKLISTS.get(MemberLanguage.of(language, words)));
    }
}
