package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.decision.HandOver;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a new ticket's category from why it opened, the knowledge-base tags of the entries the
 * member was shown (weighted double: the search already understood the question) and words in
 * what the member wrote. Pure.
 */
final class Triage {
    private static final Map<Category, List<String>> WORDS = new EnumMap<>(Category.class);

    static {
        WORDS.put(
                Category.SECURITY,
                List.of(
                        "security",
                        "hack",
                        "phish",
                        "stolen",
                        "drain",
                        "2fa",
                        "взлом",
                        "被盗",
                        "被黑",
                        "seguridad",
                        "segurança",
                        "güvenlik"));
        WORDS.put(
                Category.SCAM_REPORT,
                List.of("scam", "fraud", "fake", "impersonat", "мошен", "骗", "estafa", "golpe", "dolandır"));
        WORDS.put(
                Category.WITHDRAWAL,
                List.of("withdraw", "вывод", "提现", "提币", "retiro", "retirar", "saque", "sacar", "çekim", "çekme"));
        WORDS.put(
                Category.DEPOSIT, List.of("deposit", "пополн", "депозит", "充值", "存款", "depósito", "deposito", "yatır"));
        WORDS.put(
                Category.KYC,
                List.of(
                        "kyc",
                        "verification",
                        "identity",
                        "passport",
                        "selfie",
                        "верификац",
                        "实名",
                        "认证",
                        "verificación",
                        "verificação",
                        "kimlik"));
        WORDS.put(
                Category.ACCOUNT,
                List.of(
                        "account",
                        "login",
                        "log in",
                        "password",
                        "email",
                        "аккаунт",
                        "пароль",
                        "账户",
                        "账号",
                        "登录",
                        "cuenta",
                        "conta",
                        "hesap",
                        "şifre"));
    }

    private Triage() {}

    static Category categorise(HandOver.Reason reason, List<String> tags, String memberText) {
        if (reason == HandOver.Reason.SECURITY_INCIDENT) {
            return Category.SECURITY;
        }
        if (reason == HandOver.Reason.SCAM_REPORT) {
            return Category.SCAM_REPORT;
        }
        String text = memberText.toLowerCase(Locale.ROOT);
        List<String> lowerTags =
                tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
        Category best = Category.OTHER;
        int bestScore = 0;
        for (Map.Entry<Category, List<String>> entry : WORDS.entrySet()) {
            int score = 0;
            for (String word : entry.getValue()) {
                score += 2
                        * (int) lowerTags.stream()
                                .filter(tag -> tag.contains(word))
                                .count();
                score += text.contains(word) ? 1 : 0;
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }
}
