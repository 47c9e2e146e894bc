package dev.watchkeeper.core.shield.language;

import java.util.List;

/**
 * The rules of one file, and when its phrase rules run: only on texts with a letter of its script,
 * and (when it has hints) only on texts containing one of its hints. Talk rules are not held back
 * by hints: warnings are short and may carry none.
 *
 * @param name the file's name, as errors show it
 * @param script the script its rules need
 * @param hints words of its language (any one of which must occur for its phrase rules to run), or
 *     empty for none
 * @param rules its phrase rules
 * @param talk its talk rules
 */
record RuleFile(String name, Script script, List<String> hints, List<PhraseRule> rules, List<TalkRule> talk) {

    RuleFile {
        hints = List.copyOf(hints);
        rules = List.copyOf(rules);
        talk = List.copyOf(talk);
    }

    /** The script whose letters a text needs for a file's rules to run. */
    enum Script {
        ANY,
        LATIN,
        CYRILLIC,
        HAN;

        /** The scripts present in a folded text, one bit per constant. */
        static int present(String folded) {
            int bits = 1 << ANY.ordinal();
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    bits |= 1 << LATIN.ordinal();
                } else if (c >= '\u0400' && c <= '\u04FF') {
                    bits |= 1 << CYRILLIC.ordinal();
                } else if (c >= '\u4E00' && c <= '\u9FFF') {
                    bits |= 1 << HAN.ordinal();
                }
            }
            return bits;
        }
    }
}
