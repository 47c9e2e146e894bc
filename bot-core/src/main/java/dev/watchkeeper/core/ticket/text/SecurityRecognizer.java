package dev.watchkeeper.core.ticket.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a member describing a security incident that happened to them, in English, Russian,
 * Chinese, Spanish, Portuguese and Turkish. The phrases are first-person or about "my account",
 * so that general questions ("how do I avoid scams?", "life hack") do not match. Pure and
 * thread-safe.
 */
public final class SecurityRecognizer {
    private static final Map<SecuritySignal, Pattern> PATTERNS = new LinkedHashMap<>();
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /**
     * Every pattern alternative below contains at least one of these stems, so a message with
     * none of them cannot match and skips the patterns: most chat messages are not incidents, and
     * a few substring checks cost far less than the alternations. Keep in step with the patterns.
     */
    private static final List<String> ANCHORS = List.of(
            "unauthori",
            "withdraw",
            "withdrew",
            "transact",
            "transfer",
            "несанкцион",
            "вывод",
            "перевод",
            "транзакц",
            "授权",
            "我没有",
            "autoriz",
            "izinsiz",
            "yetkisiz",
            "drained",
            "emptied",
            "stole",
            "gone",
            "took",
            "опустош",
            "обнул",
            "украл",
            "вывели",
            "списали",
            "被",
            "不见了",
            "vaciaron",
            "robaron",
            "esvaziaram",
            "roubaram",
            "boşaltıldı",
            "çalındı",
            "sıfırlandı",
            "hack",
            "compromised",
            "taken over",
            "breached",
            "someone",
            "somebody",
            "взлом",
            "comprometida",
            "invadi",
            "ele geçirildi",
            "scammed",
            "phished",
            "tricked",
            "rugged",
            "scammer",
            "fake support",
            "fake admin",
            "impostor",
            "обманули",
            "развели",
            "кинули",
            "骗",
            "estaf",
            "timaron",
            "enganad",
            "golpe",
            "dolandır",
            "frozen",
            "locked",
            "suspended",
            "blocked",
            "restricted",
            "disabled",
            "froze",
            "заморож",
            "заморозил",
            "заблокир",
            "congelad",
            "bloquead",
            "suspendid",
            "suspens",
            "donduruldu",
            "kilitlendi",
            "askıya",
            "bloke",
            "engellendi");

    static {
        add(
                SecuritySignal.UNAUTHORISED_WITHDRAWAL,
                "unauthori[sz]ed (?:withdrawals?|transactions?|transfers?|login)",
                "(?:did ?n[o']?t|never) (?:make|made|do|authori[sz]e|request)(?: this| that| a| the| any)? (?:withdrawal|transaction|transfer)",
                "withdrawal (?:i|that i) (?:did ?n[o']?t|never) (?:make|made|do)",
                "несанкционированн\\S* (?:вывод|списани|транзакц|перевод)",
                "я не (?:делал|делала|совершал|совершала) (?:этот |этого )?(?:вывод|перевод|транзакц)",
                "未经(?:我的)?授权的?(?:提现|提币|交易|转账)",
                "我没有(?:提现|提币|转账)",
                "(?:retiro|transacci[oó]n|transferencia)s? no autorizad",
                "(?:saque|transa[cç][aã]o|transfer[eê]ncia)s? n[aã]o autorizad",
                "(?:izinsiz|yetkisiz) (?:çekim|işlem|transfer|giriş)");
        add(
                SecuritySignal.FUNDS_DRAINED,
                "(?:wallet|account|funds?|balance)(?: was| got| has been| have been| is)? (?:drained|emptied|stolen|gone)",
                "(?:drained|emptied|stole|stolen) (?:my|all my)",
                "(?:someone|they|hackers?|scammers?) (?:stole|took|withdrew|transferred) (?:my|all)",
                "(?:кошел[её]к|аккаунт|счет|счёт|баланс)\\S* (?:опустошил|обнулил|украл)",
                "(?:украли|вывели|списали) (?:мои|все|деньги|средства|крипт)",
                "(?:钱包|资金|资产)\\S{0,4}(?:被盗|被清空|被转走|不见了)",
                "账户\\S{0,4}(?:被清空|被转走)",
                "(?:vaciaron|robaron) (?:mi|mis|todo|la cuenta|la billetera|el monedero)",
                "(?:esvaziaram|roubaram) (?:minha|meu|meus|minhas|tudo)",
                "(?:cüzdanım|hesabım|bakiyem|param|paralarım|fonlarım) (?:boşaltıldı|çalındı|sıfırlandı)");
        add(
                SecuritySignal.ACCOUNT_COMPROMISED,
                "(?:i|i've|i have|we) (?:was|were|got|been|have been|am|'ve been) hacked",
                "(?:my|our) (?:account|wallet|email|phone|2fa|binance|metamask|trust wallet)\\w*(?: was| got| has been| is| have been)? (?:hacked|compromised|taken over|breached)",
                "(?:someone|somebody|hacker|hackers) (?:hacked|logged into|accessed|took over|got into|changed) (?:my|the password)",
                "(?:меня|мой|мою|мои) (?:\\S+ )?взлом",
                "взломали",
                "(?:аккаунт|кошел[её]к|почт\\S*|счет|счёт)\\S* (?:был )?взлома",
                "(?:账户|账号|钱包|邮箱)\\S{0,4}被(?:黑|盗|入侵)",
                "我被黑了",
                "(?:me hackearon|hackearon mi|mi cuenta (?:fue |ha sido )?hackeada|cuenta comprometida)",
                "(?:fui hackead|hackearam (?:minha|meu)|(?:minha )?conta (?:foi )?(?:hackeada|invadida)|invadiram (?:minha|meu))",
                "(?:hesabım|cüzdanım|e-?postam)(?: \\S+)? (?:hacklendi|ele geçirildi|çalındı)",
                "hacklendim");
        add(
                SecuritySignal.SCAMMED,
                "(?:i|i've|i have|we|i just) (?:was|were|got|been|have been|'ve been|am being) (?:scammed|phished|tricked|rugged)",
                "(?:scammer|fake support|fake admin|impostor)s? (?:stole|took|got|scammed|tricked)",
                "(?:меня|нас) (?:\\S+ )?(?:обманули|развели|кинули)",
                "(?:我|我们)(?:被|遇到)(?:骗|诈骗)",
                "被骗了",
                "(?:me estafaron|fui estafad|me timaron|ca[ií] en una estafa)",
                "(?:fui enganad|ca[ií] (?:num|em um) golpe|me aplicaram um golpe|sofri um golpe)",
                "(?:dolandırıldım|dolandırıldık|dolandırıcıya kandım)");
        add(
                SecuritySignal.ACCOUNT_FROZEN,
                "(?:my|our) (?:account|wallet|funds|withdrawals?)(?: was| got| has been| have been| is| are)? (?:frozen|locked|suspended|blocked|restricted|disabled)",
                "(?:froze|locked|suspended|blocked) my (?:account|wallet|funds)",
                "(?:мой |мою )?(?:аккаунт|счет|счёт|кошел[её]к|средства)\\S* (?:был |были )?(?:заморож|заблокир)",
                "(?:заморозили|заблокировали) (?:мой|мои|мою|аккаунт|счет|счёт|средства)",
                "(?:账户|账号|资金|资产)\\S{0,4}(?:被冻结|被锁|被封)",
                "(?:mi )?cuenta (?:fue |est[aá] |ha sido )?(?:congelada|bloqueada|suspendida)",
                "(?:minha )?conta (?:foi |est[aá] )?(?:congelada|bloqueada|suspensa)",
                "hesabım (?:\\S+ )?(?:donduruldu|kilitlendi|askıya alındı|bloke edildi|engellendi)");
    }

    private static void add(SecuritySignal signal, String... alternatives) {
        PATTERNS.put(signal, Pattern.compile(String.join("|", alternatives), Pattern.UNICODE_CASE));
    }

    /** The first security incident the text describes, if any. */
    public Optional<SecuritySignal> recognise(String text) {
        String normalised = normalise(text);
        if (!anchored(normalised)) {
            return Optional.empty();
        }
        for (Map.Entry<SecuritySignal, Pattern> entry : PATTERNS.entrySet()) {
            if (entry.getValue().matcher(normalised).find()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every incident kind the text describes, in a stable order. */
    public List<SecuritySignal> recogniseAll(String text) {
        String normalised = normalise(text);
        if (!anchored(normalised)) {
            return List.of();
        }
        return PATTERNS.entrySet().stream()
                .filter(e -> e.getValue().matcher(normalised).find())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean anchored(String normalised) {
        for (String anchor : ANCHORS) {
            if (normalised.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ё', 'е');
        return SPACES.matcher(lower).replaceAll(" ").strip();
    }
}
