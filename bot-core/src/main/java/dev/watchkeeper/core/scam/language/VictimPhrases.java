package dev.watchkeeper.core.scam.language;

/**
 * Recognises a member reporting that they were scammed, hacked or drained, in English, Russian,
 * Chinese, Spanish, Portuguese and Turkish. Works on folded text; stateless and thread-safe.
 *
 * <p>Every phrase names the member as the one harmed ("I was", "me", "my wallet", "мне", "我",
 * "me", "minha", "hesabım"): warnings ("scammers will drain your wallet") and questions ("is this a
 * scam?") talk about scams without a victim in the first person, so they stay out.
 */
public final class VictimPhrases {
    private static final String CULPRIT = "(someone|somebody|they|he|she|this guy|that guy|this person|the guy"
            + "|(a |the |this )?scammers?|(a |the )?hackers?|the (fake )?(admin|support))";

    static final AnchoredPattern REPORT = AnchoredPattern.of(
            "scammed|hacked|drained|robbed|phished|rug|compromised|stole|emptied|wiped|took|lost all|lost my"
                    + "|обманули|развели|взломали|кинули|обокрали|ограбили|опустошили|украли|слили|увели|жертвой|попал"
                    + "|被|estafaron|robaron|hackearon|vaciaron|timaron|estafad|hackead|vaciad|robad|ctima|enganad"
                    + "|roubad|golpe|drenad|esvaziad|roubaram|dolandırıldım|hacklendim|boşaltıldı|hacklendi|çalındı|çaldı",
            "\\bi('ve| have| was| got| think i (was|got|have been)| think i've been|'m| am| just got| just been)"
                    + "( been| got| just)? (scammed|hacked|drained|robbed|phished|rugged|rug ?pulled|compromised)"
                    + "|\\bmy (wallet|account|funds|metamask|phantom|trust ?wallet|coins|crypto)\\b[^.!?\\n]{0,25}\\b(was|got"
                    + "|were|has been|have been|is) (drained|hacked|emptied|stolen|compromised|wiped)"
                    + "|\\b" + CULPRIT + " (just )?(stole|drained|took|emptied|hacked|wiped) (all )?(of )?my"
                    + "|\\b" + CULPRIT + " (just )?(scammed|robbed|phished|hacked|drained|rugged) (me|us)\\b"
                    + "|\\blost (all )?my (funds|crypto|money|coins|savings|usdt|btc|eth) to (a )?(scam|hack)"
                    + "|меня (обманули|развели|взломали|кинули|обокрали|ограбили|заскамили)"
                    + "|(мой|мою|мои) (кошел[её]к|аккаунт|акк|средства|деньги)\\S*[^.!?\\n]{0,20}(взломали|опустошили"
                    + "|украли|слили|увели)|(украли|слили|увели) (мои|все мои|мою|мой)"
                    + "|мне (взломали|опустошили|слили|обнулили)"
                    + "|у меня (украли|увели|слили|угнали|взломали|списали)"
                    + "|я (стал жертвой|попал на) (мошенни|развод|скам)"
                    + "|我(被骗|被騙|被盗|被盜|被黑)|(钱包|錢包|账户|賬戶|账号|帳號)[^。！？\\n]{0,6}(被盗|被盜|被黑|被清空)"
                    + "|我的(钱|錢|币|幣|资产|資產|usdt)[^。！？\\n]{0,6}(被盗|被盜|被骗|被騙|被偷)"
                    + "|(骗子|騙子|黑客|他|她|他们|他們)(骗|騙|偷|盗|盜)了我"
                    + "|me (estafaron|robaron|hackearon|vaciaron|timaron|estafó|robó|hackeó|vació|timó)"
                    + "|fui (estafad|v[ií]ctima de (una )?estafa)"
                    + "|(mi|mis) (billetera|cuenta|wallet|fondos)[^.!?\\n]{0,20}(fue|fueron) (hackead|vaciad|robad)"
                    + "|fui (enganad|roubad|hackead|golpead|vítima de golpe|vitima de golpe)|ca[ií] (num|em um|no) golpe"
                    + "|sofri um golpe|me (roubaram|roubou|hackearam|hackeou|enganaram|enganou|golpearam)"
                    + "|minha (carteira|conta)[^.!?\\n]{0,20}foi (hackead|drenad|esvaziad|roubad)|roubaram (minha|meu|meus)"
                    + "|dolandırıldım|dolandırıldık|hacklendim|beni dolandırd"
                    + "|(cüzdanım|hesabım)[^.!?\\n]{0,20}(boşaltıldı|hacklendi|çalındı)"
                    + "|(cüzdanımı|hesabımı) (boşalttılar|hacklediler|çaldılar)"
                    + "|param(ı)? çaldılar|paramı çaldı|param çalındı");

    private VictimPhrases() {}

    /** True when the folded text reports being scammed, hacked or drained. */
    public static boolean isVictimReport(String folded) {
        return REPORT.find(folded);
    }
}
