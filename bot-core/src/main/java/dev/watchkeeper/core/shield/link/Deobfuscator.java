package dev.watchkeeper.core.shield.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways people hide links from filters and from link previews: {@code hxxp}, {@code
 * [.]}, {@code (.)}, {@code {.}}, {@code [dot]}, {@code " dot "}, {@code [:]} and spaces around
 * the dots of a domain. Works on lower-case text; stateless.
 */
final class Deobfuscator {
    private static final Pattern SCHEME = Pattern.compile("\\bh(?:xx|\\*\\*|tt)p(s?)(?:\\[:]|:)?//");
    private static final Pattern BRACKET_DOT = Pattern.compile("\\s?[\\[({]\\s*(?:\\.|dot|точка|点)\\s*[])}]\\s?");
    private static final Pattern WORD_DOT = Pattern.compile("(?<=[a-z0-9-]) (?:dot|точка) (?=[a-z]{2,})");
    private static final Pattern SPACED_DOT = Pattern.compile("(?<=[a-z0-9-]{2}) \\. ?(?=[a-z0-9-]{2})");

    private Deobfuscator() {}

    /** The text with hidden links restored, or the same instance when nothing was hidden. */
    static String restore(String lower) {
        String s = lower;
        if (s.indexOf('[') >= 0 || s.indexOf('(') >= 0 || s.indexOf('{') >= 0) {
            s = BRACKET_DOT.matcher(s).replaceAll(".");
            s = s.replace("[:]", ":").replace("[/]", "/");
        }
        if (s.contains("xxp") || s.contains("h**p")) {
            Matcher m = SCHEME.matcher(s);
            s = m.replaceAll("http$1://");
        }
        if (s.contains(" dot ") || s.contains(" точка ")) {
            s = WORD_DOT.matcher(s).replaceAll(".");
        }
        if (s.contains(" .")) {
            s = SPACED_DOT.matcher(s).replaceAll(".");
        }
        return s;
    }
}
