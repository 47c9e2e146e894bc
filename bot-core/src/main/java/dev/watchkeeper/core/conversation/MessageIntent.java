package dev.watchkeeper.core.conversation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Cheap readings of what a message is: a question, a request for a human, a numbered pick. Pure
 * functions over the text; they decide nothing on their own.
 */
public final class MessageIntent {
    private static final Pattern NUMBER_PICK = Pattern.compile("^\\s*#?([1-9])\\s*[.)]?\\s*$");

    private static final List<String> HUMAN_PHRASES = List.of(
            "talk to a human",
            "talk to a person",
            "talk to someone",
            "speak to a human",
            "speak to a person",
            "speak to someone",
            "real person",
            "human agent",
            "live agent",
            "support agent",
            "customer service",
            "contact support",
            "оператор",
            "живой человек",
            "人工客服",
            "转人工",
            "hablar con una persona",
            "agente humano",
            "falar com um atendente",
            "atendente humano",
            "canlı destek",
            "müşteri temsilcisi");

    private static final List<String> QUESTION_STARTS = List.of(
            "how ",
            "what ",
            "why ",
            "where ",
            "when ",
            "which ",
            "who ",
            "can ",
            "could ",
            "is ",
            "are ",
            "do ",
            "does ",
            "did ",
            "should ",
            "will ",
            "would ",
            "i can't ",
            "i cannot ",
            "cant ",
            "my ",
            "anyone know",
            "как ",
            "почему ",
            "где ",
            "когда ",
            "что ",
            "cómo ",
            "como ",
            "por qué ",
            "dónde ",
            "quando ",
            "onde ",
            "nasıl ",
            "neden ",
            "nerede ");

    private MessageIntent() {}

    /** True when the message plainly asks something (question mark or a question opening). */
    public static boolean looksLikeQuestion(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 8) {
            return false;
        }
        if (t.endsWith("?") || t.endsWith("？") || t.contains("吗") || t.contains("怎么") || t.contains("如何")) {
            return true;
        }
        return QUESTION_STARTS.stream().anyMatch(t::startsWith);
    }

    /** True when the member asks for a person rather than the bot. */
    static boolean asksForHuman(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("human") || t.equals("agent") || t.equals("operator")) {
            return true;
        }
        return HUMAN_PHRASES.stream().anyMatch(t::contains);
    }

    /** The 1-based number when the whole message is a single-digit pick such as "2" or "#2". */
    static OptionalInt numberPick(String text) {
        var m = NUMBER_PICK.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
