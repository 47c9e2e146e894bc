package dev.watchkeeper.core.scam.language;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Recognises messages that talk about scams without being one: warnings ("admins will never DM
 * you, never share your seed phrase") and questions ("is this a scam?", "это развод?"). Such
 * messages use the very words scams use, so the shield damps language signals for them.
 * Stateless and thread-safe.
 */
public final class WarningPhrases {
    static final AnchoredPattern WARNING = AnchoredPattern.of(
            "never|don|do not|won|will not|no one|nobody|no admin|beware|careful|watch out|be aware|warning|avoid"
                    + "|forbidden|not allowed|prohibited|запрещ|prohibid|proibid|yasak|禁止"
                    + "|report|никогда|не |никому|осторожн|остерега|мошенник|nunca|jam|cuidado|não |nao |no "
                    + "|asla|kimseyle|paylaşmayın|vermeyin|dikkat|不要|切勿|绝不|絕不|永远不会|永遠不會|谨防|謹防|小心",
            "\\b(never|don'?t|do not|dont|won'?t|will not|wont) (ever )?(share|send|give|click|trust|reply|respond|enter"
                    + "|type|connect|dm|pm|message|ask|fall|tell|disclose|reveal|sign|approve|contact|call|open)\\b"
                    + "|\\b(no one|nobody|no admin|no moderator)\\b|\\b(beware|careful|watch out|be aware|warning|avoid|report|forbidden|not allowed|prohibited)\\b|запрещ|prohibid|proibid|yasak|禁止|никогда|не (отправляйте|сообщайте|передавайте|давайте|делитесь"
                    + "|пишите|вводите|переходите)|никому|осторожн|остерегайтесь|мошенник|nunca|jam[aá]s|cuidado|n[aã]o "
                    + "(envie|compartilhe|passe|clique|informe)|no (env[ií]es|compartas|des)|asla|kimseyle|paylaşmayın"
                    + "|vermeyin|dikkat|不要|切勿|绝不|絕不|永远不会|永遠不會|谨防|謹防|小心");
    static final AnchoredPattern QUESTION = AnchoredPattern.of(
            "scam|legit|real|safe|fake|phishing|anyone|trust|click|развод|скам|лохотрон|мошенни|骗|詐|estafa|golpe"
                    + "|dolandırıcılık|güvenilir",
            "\\b(is (this|that|it|he|she) (a )?(scam|legit|real|safe|fake|phishing)|scam\\?|legit\\?|anyone (else )?"
                    + "(got|get|received)|should i (trust|click)|are these (dms|messages) real)|(это|это не) (развод|скам"
                    + "|лохотрон|мошенни)|развод\\?|скам\\?|是(不是)?骗局|是骗子吗|是詐騙嗎|es (una )?estafa|[ée] golpe"
                    + "|dolandırıcılık mı|güvenilir mi");

    static final AnchoredPattern SCAMMERS = AnchoredPattern.of(
            "scammer|fraudster|мошенник|骗子|騙子|estafador|golpista|dolandırıcı",
            "\\b(scammers?|fraudsters?)\\b|мошенник|骗子|騙子|\\bestafador(es)?\\b|\\bgolpistas?\\b|dolandırıcı");
    private static final List<AnchoredPattern> SCAM_TALK = List.of(WARNING, QUESTION, VictimPhrases.REPORT, SCAMMERS);
    private static final AnchorIndex SCAM_TALK_INDEX =
            new AnchorIndex(SCAM_TALK.stream().map(p -> p.phrase().keys()).toList());

    private WarningPhrases() {}

    /** Where the text talks about scams (one pass for warnings, questions, victim reports and named scammers). */
    public static ScamTalk scamTalk(String folded) {
        Occurrences found = SCAM_TALK_INDEX.find(folded);
        if (found.size() == 0) {
            return ScamTalk.none();
        }
        IntStream.Builder talk = IntStream.builder();
        IntStream.Builder scammers = IntStream.builder();
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            AnchoredPattern pattern = SCAM_TALK.get(found.group(from));
            pattern.phrase().starts(folded, found, from, to).forEach(pattern == SCAMMERS ? scammers : talk);
        }
        return ScamTalk.of(folded, talk.build().toArray(), scammers.build().toArray());
    }
}
