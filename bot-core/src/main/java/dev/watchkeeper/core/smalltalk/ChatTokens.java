package dev.watchkeeper.core.smalltalk;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a short chat message as small talk is matched: lower case, accents dropped (so
 * "teşekkürler" and "tesekkurler", "olá" and "ola" are one word), letters repeated for emphasis
 * counted once ("thanksss", "hiii", "спасибооо"), a word said twice in a row counted once ("bye
 * bye", "谢谢"), punctuation a separator, each Chinese or Japanese character a word of its own, each
 * emoji a word without its skin tone or variation selector, and an {@code @handle} (letters,
 * digits and underscores) a word that starts with {@code @}. Stateless.
 */
final class ChatTokens {
    /** Marks the handle words, which only address someone. */
    static final String HANDLE = "@";

    private ChatTokens() {}

    /** The message's words, or an empty list when it has none. */
    static List<String> of(String text) {
        String folded = Normalizer.normalize(
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean handle = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || cp == '\''
                    || cp == '’'
                    || emojiGlue(cp)) {
                continue;
            }
            if ((Character.isLetterOrDigit(cp) || (cp == '_' && !word.isEmpty())) && !ideograph(cp)) {
                if (word.isEmpty() && handle) {
                    word.append(HANDLE);
                }
                word.appendCodePoint(cp == 'ı' ? 'i' : cp);
                continue;
            }
            flush(word, tokens);
            handle = cp == '@';
            if (ideograph(cp) || (cp > 0x7f && (Character.isEmoji(cp) || type == Character.OTHER_SYMBOL))) {
                add(new String(Character.toChars(cp)), tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            add(squeezed(word), tokens);
            word.setLength(0);
        }
    }

    private static void add(String token, List<String> tokens) {
        if (tokens.isEmpty() || !tokens.getLast().equals(token)) {
            tokens.add(token);
        }
    }

    private static String squeezed(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        int previous = -1;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            if (cp != previous) {
                out.appendCodePoint(cp);
            }
            previous = cp;
        }
        return out.toString();
    }

    private static boolean ideograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Joiners, variation selectors and skin tones: parts of an emoji that do not change what it says. */
    private static boolean emojiGlue(int cp) {
        return cp == 0x200d || cp == 0xfe0f || cp == 0xfe0e || Character.isEmojiModifier(cp);
    }
}
