package dev.watchkeeper.core.shield.language;

import dev.watchkeeper.core.shield.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule file. One statement a line; blank lines and lines starting with {@code #} are
 * skipped:
 *
 * <pre>
 * script latin                         the script a text needs for the file's rules to run
 * hint { que | para | ñ}               words of the language, one of which must occur
 * define NS [^.!?\n]                   a named piece of expression, used as {NS}
 * SECRET_REQUEST 0.85 {seed|phrase} \b(send|share)\w*{NS}{0,40}(seed|recovery) phrase
 * PROMOTION 0.3 times=8 {$} \$ ?[a-z][a-z0-9]{1,7}\b
 * TOO_GOOD_TO_BE_TRUE 0.5 back=120 {platform} \b(legit|trusted)\b[^\n]{0,80}\bplatform
 * warning {never|beware} \b(never|don't) (share|send)\b|\bbeware\b
 * </pre>
 *
 * A phrase rule names a {@link Signal}, its weight (0 to 1), optionally how many distinct matches
 * it needs ({@code times=N}), how far into a match its first trigger may lie ({@code back=N},
 * 48 characters unless it says otherwise), its trigger words between braces ({@code |}-separated literal strings, spaces
 * included, at least one of which every match contains) and its expression: the rest of the line,
 * a Java regular expression over folded (lower-case) text. A talk rule ({@code warning}, {@code
 * question}, {@code victim}, {@code scammers}) has no weight. A line that cannot be read stops
 * the load with a {@link RuleSyntaxException} naming the file and line.
 */
final class RuleFileParser {
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern TIMES = Pattern.compile("times=(\\d{1,2})");
    private static final Pattern BACK = Pattern.compile("back=(\\d{1,3})");

    private RuleFileParser() {}

    /** Parses a file's content; {@code name} is how errors name the file. */
    static RuleFile parse(String name, String content) {
        RuleFile.Script script = RuleFile.Script.ANY;
        List<String> hints = List.of();
        Map<String, String> macros = new HashMap<>();
        List<PhraseRule> rules = new ArrayList<>();
        List<TalkRule> talk = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            String where = name + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split(" ", 2);
            String word = head[0];
            String rest = head.length > 1 ? head[1].strip() : "";
            switch (word) {
                case "script" -> script = script(where, rest);
                case "hint" -> hints = braced(where, rest).words();
                case "define" -> define(where, rest, macros);
                case "warning", "question", "victim", "scammers" -> talk.add(talkRule(where, word, rest, macros));
                default -> rules.add(rule(where, word, rest, macros));
            }
        }
        return new RuleFile(name, script, hints, rules, talk);
    }

    private static RuleFile.Script script(String where, String value) {
        try {
            return RuleFile.Script.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxException(where, "unknown script '" + value + "' (any, latin, cyrillic or han)");
        }
    }

    private static void define(String where, String rest, Map<String, String> macros) {
        String[] parts = rest.split(" ", 2);
        if (parts.length < 2 || !NAME.matcher(parts[0]).matches()) {
            throw new RuleSyntaxException(where, "expected 'define NAME expression' with an upper-case NAME");
        }
        macros.put(parts[0], expand(where, parts[1].strip(), macros));
    }

    private static TalkRule talkRule(String where, String word, String rest, Map<String, String> macros) {
        int back = Phrase.BACK;
        Matcher b = BACK.matcher(rest);
        if (b.lookingAt()) {
            back = Integer.parseInt(b.group(1));
            rest = rest.substring(b.end()).strip();
        }
        return new TalkRule(
                where, TalkRule.Kind.valueOf(word.toUpperCase(Locale.ROOT)), phrase(where, rest, macros, back));
    }

    private static PhraseRule rule(String where, String word, String rest, Map<String, String> macros) {
        Signal signal;
        try {
            signal = Signal.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxException(where, "unknown signal or statement '" + word + "'");
        }
        String[] parts = rest.split(" ", 2);
        double weight;
        try {
            weight = Double.parseDouble(parts[0]);
        } catch (NumberFormatException e) {
            throw new RuleSyntaxException(where, "expected a weight after " + word + ", found '" + parts[0] + "'");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new RuleSyntaxException(where, "weight must be above 0 and at most 1: " + parts[0]);
        }
        String tail = parts.length > 1 ? parts[1].strip() : "";
        int times = 1;
        Matcher t = TIMES.matcher(tail);
        if (t.lookingAt()) {
            times = Integer.parseInt(t.group(1));
            if (times < 1) {
                throw new RuleSyntaxException(where, "times must be at least 1");
            }
            tail = tail.substring(t.end()).strip();
        }
        int back = Phrase.BACK;
        Matcher b = BACK.matcher(tail);
        if (b.lookingAt()) {
            back = Integer.parseInt(b.group(1));
            tail = tail.substring(b.end()).strip();
        }
        return new PhraseRule(where, signal, weight, times, phrase(where, tail, macros, back));
    }

    private static Phrase phrase(String where, String rest, Map<String, String> macros, int back) {
        Braced triggers = braced(where, rest);
        String expression = expand(where, rest.substring(triggers.end()).strip(), macros);
        if (expression.isEmpty()) {
            throw new RuleSyntaxException(where, "no expression after the trigger words");
        }
        String nested = NestedRepetition.find(expression);
        if (nested != null) {
            throw new RuleSyntaxException(where, "repetition inside repetition can backtrack without bound: " + nested);
        }
        try {
            return new Phrase(triggers.words(), Pattern.compile(expression), back);
        } catch (PatternSyntaxException e) {
            throw new RuleSyntaxException(
                    where,
                    "bad expression: " + e.getDescription() + " near index " + e.getIndex() + " of " + expression);
        }
    }

    private record Braced(List<String> words, int end) {}

    /** The {@code |}-separated words between the braces that open {@code text}. */
    private static Braced braced(String where, String text) {
        int close = text.indexOf('}');
        if (!text.startsWith("{") || close < 0) {
            throw new RuleSyntaxException(where, "expected trigger words in braces, like {seed|phrase}");
        }
        List<String> words = new ArrayList<>();
        for (String w : text.substring(1, close).split("\\|", -1)) {
            if (w.isEmpty()) {
                throw new RuleSyntaxException(where, "empty trigger word in " + text.substring(0, close + 1));
            }
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new RuleSyntaxException(where, "trigger words match folded text and must be lower case: " + w);
            }
            words.add(w);
        }
        return new Braced(words, close + 1);
    }

    private static String expand(String where, String expression, Map<String, String> macros) {
        Matcher m = MACRO.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new RuleSyntaxException(where, "{" + m.group(1) + "} is not defined above");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
